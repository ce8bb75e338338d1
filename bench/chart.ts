import type { ThroughputSummary } from './runtime.js';

/**
 * bench/results.svg: req/s of every contender per route as horizontal bars, drawn by hand (no chart library): the
 * README embeds it.
 */
export function throughputChart(rows: readonly ThroughputSummary[], title: string): string {
  const routes = [...new Set(rows.map((row) => row.route))];
  const contenders = [...new Set(rows.map((row) => row.contender))];
  const colors = ['#9e9e9e', '#5c6bc0', '#ef6c00', '#fb8c00', '#ffa726', '#ffcc80'];
  const max = Math.max(...rows.map((row) => row.requestsPerSecond.median), 1);
  const barHeight = 16;
  const labelWidth = 250;
  const chartWidth = 420;
  const groupHeight = contenders.length * (barHeight + 4) + 28;
  const height = 40 + routes.length * groupHeight + 10;
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${labelWidth + chartWidth + 90}" height="${height}" font-family="sans-serif" font-size="12">`,
    `<text x="10" y="22" font-size="14" font-weight="bold">${escape(title)}</text>`,
  ];
  routes.forEach((route, r) => {
    const top = 40 + r * groupHeight;
    parts.push(`<text x="10" y="${top + 12}" font-weight="bold">${escape(route)}</text>`);
    contenders.forEach((contender, c) => {
      const row = rows.find((candidate) => candidate.route === route && candidate.contender === contender);
      if (!row) return;
      const y = top + 20 + c * (barHeight + 4);
      const width = Math.max(1, (row.requestsPerSecond.median / max) * chartWidth);
      parts.push(
        `<text x="10" y="${y + 12}">${escape(contender)}</text>`,
        `<rect x="${labelWidth}" y="${y}" width="${width.toFixed(1)}" height="${barHeight}" fill="${colors[c % colors.length]}"/>`,
        `<text x="${labelWidth + width + 6}" y="${y + 12}">${row.requestsPerSecond.median.toFixed(0)} req/s</text>`,
      );
    });
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
