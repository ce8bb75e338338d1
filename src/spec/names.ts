import { camelCase, kebabCase, pascalCase, pluralize, snakeCase } from './naming.js';
import type { ModelSpec } from './schema.js';

/** Every name derived from a model name, in one place so generators agree on them. */
export interface ModelNames {
  /** `BlogPost` */
  pascal: string;
  /** `blogPost` */
  camel: string;
  /** `blogPosts` */
  camelPlural: string;
  /** `blog-post` (file and folder names) */
  kebab: string;
  /** `blog-posts` (URL path segment) */
  kebabPlural: string;
  /** `blog_posts` */
  table: string;
}

export function tableName(modelName: string, model?: Pick<ModelSpec, 'table'>): string {
  return model?.table ?? snakeCase(pluralize(modelName));
}

export function modelNames(modelName: string, model?: Pick<ModelSpec, 'table'>): ModelNames {
  return {
    pascal: pascalCase(modelName),
    camel: camelCase(modelName),
    camelPlural: camelCase(pluralize(modelName)),
    kebab: kebabCase(modelName),
    kebabPlural: kebabCase(pluralize(modelName)),
    table: tableName(modelName, model),
  };
}

export const columnName = (fieldName: string): string => snakeCase(fieldName);
