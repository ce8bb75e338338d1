import type { PeerSummary } from './peers.js';
import type { ThroughputSummary } from './runtime.js';

/**
 * bench/results.svg, which the README embeds: horizontal bars drawn by hand (no chart library), one section per
 * benchmark that has results — req/s of every contender per route, and seconds per generated resource for Kiln
 * and the peers (`--peers`). Each section is scaled to its own largest bar.
 */
interface Bar {
  label: string;
  value: number;
  text: string;
  color: string;
}

interface Section {
  title: string;
  groups: { label: string; bars: Bar[] }[];
}

const palette = ['#9e9e9e', '#5c6bc0', '#ef6c00', '#fb8c00', '#ffa726', '#ffcc80'];

export function throughputSection(rows: readonly ThroughputSummary[]): Section | undefined {
  if (rows.length === 0) return undefined;
  const contenders = [...new Set(rows.map((row) => row.contender))];
  return {
    title: `Generated app vs hand-written reference (${rows[0]!.rounds} rounds, medians)`,
    groups: [...new Set(rows.map((row) => row.route))].map((route) => ({
      label: route,
      bars: rows
        .filter((row) => row.route === route)
        .map((row) => ({
          label: row.contender,
          value: row.requestsPerSecond.median,
          text: `${row.requestsPerSecond.median.toFixed(0)} req/s`,
          color: palette[contenders.indexOf(row.contender) % palette.length]!,
        })),
    })),
  };
}

export function peersSection(rows: readonly PeerSummary[]): Section | undefined {
  if (rows.length === 0) return undefined;
  const peerColors = ['#ef6c00', '#fb8c00', '#ffa726', '#ffcc80'];
  let peer = 0;
  return {
    title: `Generating one Post resource: Kiln vs other generators (${rows[0]!.runs} rounds, medians)`,
    groups: [
      {
        label: 'seconds per fresh process (shorter is faster)',
        bars: rows.map((row) => ({
          label: row.name,
          value: row.median,
          text: `${row.median.toFixed(2)} s${row.kilnRatio === undefined ? '' : ` (${row.kilnRatio.toFixed(2)}× Kiln's time)`}`,
          color: row.name.startsWith('baseline') ? palette[0]! : row.name.startsWith('kiln') ? palette[1]! : peerColors[peer++ % peerColors.length]!,
        })),
      },
    ],
  };
}

export function resultsChart(sections: readonly (Section | undefined)[]): string {
  const present = sections.filter((section): section is Section => section !== undefined);
  const barHeight = 16;
  const labelWidth = 250;
  const chartWidth = 420;
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const parts: string[] = [];
  let top = 0;
  for (const section of present) {
    const max = Math.max(...section.groups.flatMap((group) => group.bars.map((bar) => bar.value)), Number.MIN_VALUE);
    parts.push(`<text x="10" y="${top + 22}" font-size="14" font-weight="bold">${escape(section.title)}</text>`);
    top += 40;
    for (const group of section.groups) {
      parts.push(`<text x="10" y="${top + 12}" font-weight="bold">${escape(group.label)}</text>`);
      group.bars.forEach((bar, b) => {
        const y = top + 20 + b * (barHeight + 4);
        const width = Math.max(1, (bar.value / max) * chartWidth);
        parts.push(
          `<text x="10" y="${y + 12}">${escape(bar.label)}</text>`,
          `<rect x="${labelWidth}" y="${y}" width="${width.toFixed(1)}" height="${barHeight}" fill="${bar.color}"/>`,
          `<text x="${(labelWidth + width + 6).toFixed(1)}" y="${y + 12}">${escape(bar.text)}</text>`,
        );
      });
      top += group.bars.length * (barHeight + 4) + 28;
    }
    top += 10;
  }
  const header = `<svg xmlns="http://www.w3.org/2000/svg" width="${labelWidth + chartWidth + 150}" height="${top}" font-family="sans-serif" font-size="12">`;
  return `${[header, ...parts, '</svg>'].join('\n')}\n`;
}
