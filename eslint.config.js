import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'admin/dist/', 'dist/', 'data/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: [
            'eslint.config.js',
            'scripts/*.mjs',
            'bench/*.mjs',
            'src/platform/workers/*.mjs',
            'src/portal/assets/*.js',
            'test/fixtures/*.mjs',
          ],
          // The plain JavaScript files above, a dozen or so, are each checked on their own.
          maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 20,
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Nothing but src/config.ts reads the environment (DESIGN.md); tests and scripts may.
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: '配置只在 src/config.ts 读取一次' },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: [
      'src/config.ts',
      'test/**',
      'scripts/**',
      'bench/**',
      '**/*.test.ts',
      'vitest.config.ts',
      'admin/vite.config.ts',
    ],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    // Tests read JSON responses (typed any) freely; the assertions check the shapes.
    files: ['test/**', '**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: globals.node },
  },
  {
    // The portal's browser scripts: plain ES5 in the page, no build step.
    files: ['src/portal/assets/*.js', 'test/fixtures/*.mjs'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },
);
