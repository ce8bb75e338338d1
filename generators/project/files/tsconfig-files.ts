/** tsconfig.json: strict ESM for Node, type-checked with `npm run typecheck`; esbuild, not tsc, writes dist/. */
export function tsconfig(): string {
  return json({
    compilerOptions: {
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      lib: ['ES2023'],
      types: ['node'],
      strict: true,
      noUncheckedIndexedAccess: true,
      noImplicitOverride: true,
      noFallthroughCasesInSwitch: true,
      verbatimModuleSyntax: true,
      skipLibCheck: true,
      resolveJsonModule: true,
      noEmit: true,
    },
    include: ['src', 'scripts'],
  });
}

/** tsconfig.build.json: what `npm run build` type-checks before it bundles (no tests). */
export function tsconfigBuild(): string {
  return json({ extends: './tsconfig.json', exclude: ['src/**/*.test.ts', 'src/testing'] });
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
