import { dirname, resolve } from 'node:path';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Every word a person reads comes from a catalog: text in JSX, and the attributes people read
 * (aria-label, title, placeholder, alt, label), may hold no letters of their own.
 */
const noLiteralText = {
  meta: { type: 'problem', messages: { literal: 'Words people read belong in a catalog: use t(\'…\').' } },
  create(context) {
    const wordy = (text) => /\p{L}/u.test(text);
    const readAttributes = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'aria-description', 'aria-roledescription']);
    return {
      JSXText(node) {
        if (wordy(node.value)) context.report({ node, messageId: 'literal' });
      },
      JSXAttribute(node) {
        if (!readAttributes.has(node.name.name)) return;
        const value = node.value;
        const text = value?.type === 'Literal' ? value.value : value?.expression?.type === 'Literal' ? value.expression.value : value?.expression?.type === 'TemplateLiteral' ? value.expression.quasis.map((q) => q.value.cooked).join('') : undefined;
        if (typeof text === 'string' && wordy(text)) context.report({ node, messageId: 'literal' });
      },
      'JSXExpressionContainer > Literal'(node) {
        if (typeof node.value === 'string' && wordy(node.value) && node.parent.parent?.type !== 'JSXAttribute') context.report({ node, messageId: 'literal' });
      },
    };
  },
};

/**
 * A feature is used through its public face, web/src/features/<name>/index.ts: what it keeps
 * inside can change without other features (or the app) breaking, and imports stay acyclic.
 * A page loaded on demand (`import()`) is named by its module: through the index, everything
 * the index exports would join the importer's first download.
 */
const featureOf = (file) => /\/web\/src\/features\/([^/]+)\//.exec(file)?.[1];
const throughPublicFace = {
  meta: { type: 'problem', messages: { deep: "Use another feature through its public face: '../{{feature}}/index.ts'." } },
  create(context) {
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = resolve(dirname(context.filename), source);
      const feature = featureOf(target);
      if (!feature || feature === featureOf(context.filename) || target.endsWith(`/features/${feature}/index.ts`)) return;
      context.report({ node: node.source, messageId: 'deep', data: { feature } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};

export default tseslint.config(
  // TypeScript only: the project writes no JavaScript of its own.
  { ignores: ['**/node_modules/**', '**/dist/**', '**/cdk.out/**', '.clinicall/**', 'functions/.entries/**', '**/*.{js,mjs,cjs}'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: { allowDefaultProject: ['vitest.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': ['error', { allow: ['warn', 'error', 'log'] }],
    },
  },
  {
    // esbuild (the Lambda bundles) cannot tree-shake zod's named `z`: it would bundle every locale (~360 KB).
    files: ['shared/**/*.ts', 'functions/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "ImportDeclaration[source.value='zod'][importKind!='type'] > :matches(ImportDefaultSpecifier, ImportSpecifier[imported.name='z'][importKind!='type'])",
          message: "Use `import * as z from 'zod'`: for the named `z`, esbuild bundles every zod locale into each Lambda.",
        },
      ],
    },
  },
  {
    // An SDK client's aggregated class (`SNS`, `ChimeSDKMeetings`) holds every command of the
    // service: the bare `XClient` and the `Command`s sent keep a function's bundle to those.
    files: ['functions/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: Object.entries({
            '@aws-sdk/client-apigatewaymanagementapi': 'ApiGatewayManagementApi',
            '@aws-sdk/client-chime-sdk-meetings': 'ChimeSDKMeetings',
            '@aws-sdk/client-cognito-identity-provider': 'CognitoIdentityProvider',
            '@aws-sdk/client-dynamodb': 'DynamoDB',
            '@aws-sdk/client-eventbridge': 'EventBridge',
            '@aws-sdk/client-secrets-manager': 'SecretsManager',
            '@aws-sdk/client-sesv2': 'SESv2',
            '@aws-sdk/client-sfn': 'SFN',
            '@aws-sdk/client-sns': 'SNS',
            '@aws-sdk/lib-dynamodb': 'DynamoDBDocument',
          }).map(([name, aggregated]) => ({
            name,
            importNames: [aggregated],
            message: `Import the bare client and the commands sent: ${aggregated} bundles every command of the service.`,
          })),
        },
      ],
    },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: {
      'react-hooks': reactHooks,
      clinicall: { rules: { 'no-literal-text': noLiteralText, 'through-public-face': throughPublicFace } },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'clinicall/no-literal-text': 'error',
      'clinicall/through-public-face': 'error',
    },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'e2e/**', 'bench/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/unbound-method': 'off' },
  },
);
