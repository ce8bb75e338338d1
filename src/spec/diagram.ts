import { modelViews, type Column, type ModelView } from './columns.js';
import { joinTables } from './relations.js';
import type { Spec } from './schema.js';

/**
 * The spec's models and relations as a Mermaid `erDiagram` (GitHub renders it in Markdown): one entity per model
 * with its columns, one line per foreign key and per join table. Deterministic: spec order, then join tables by name.
 */
export function erDiagram(spec: Spec): string {
  const models = modelViews(spec);
  const lines = ['erDiagram'];
  for (const model of models) {
    lines.push(`  ${model.name} {`);
    for (const column of model.columns) lines.push(`    ${attribute(column)}`);
    lines.push('  }');
  }
  for (const model of models) {
    for (const column of model.fields) {
      if (!column.references) continue;
      const single = hasOneInverse(models, model, column);
      // Parent side: exactly one, or zero or one when the key may be null. Child side: many, or at most one (hasOne).
      const parent = column.nullable ? '|o' : '||';
      const child = single ? 'o|' : 'o{';
      lines.push(`  ${column.references.model} ${parent}--${child} ${model.name} : ${column.references.relation}`);
    }
  }
  for (const join of joinTables(spec)) {
    const [first, second] = join.sides;
    lines.push(`  ${first.model} }o--o{ ${second.model} : ${join.table}`);
  }
  return `${lines.join('\n')}\n`;
}

function attribute(column: Column): string {
  const keys = [column.role === 'id' ? 'PK' : '', column.references ? 'FK' : '', column.unique ? 'UK' : ''].filter(Boolean).join(', ');
  const note = column.nullable ? ' "optional"' : '';
  return `${column.type} ${column.field}${keys ? ` ${keys}` : ''}${note}`;
}

const hasOneInverse = (models: readonly ModelView[], child: ModelView, column: Column): boolean =>
  models.some(
    (parent) => parent.name === column.references?.model && parent.relations.some((relation) => relation.kind === 'hasOne' && relation.target === child.name && relation.foreignKey === column.field),
  );
