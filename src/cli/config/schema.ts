// The JSON Schema of reportlint.config.json (documented in docs/cli.md).
// Rule ids and each rule's options are checked against the rules themselves
// in load.ts, since they are only known at run time.

export const SEVERITY_SETTINGS = ['off', 'info', 'warning', 'error'] as const;
export type SeveritySetting = (typeof SEVERITY_SETTINGS)[number];

export const configSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'reportlint/config.schema.json',
  title: 'reportlint.config.json',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    rules: {
      type: 'object',
      description: 'rule id → severity, or [severity, options]',
      additionalProperties: {
        oneOf: [
          { enum: [...SEVERITY_SETTINGS] },
          {
            type: 'array',
            minItems: 1,
            maxItems: 2,
            prefixItems: [{ enum: [...SEVERITY_SETTINGS] }, { type: 'object' }],
            items: false,
          },
        ],
      },
    },
    settings: {
      type: 'object',
      additionalProperties: false,
      properties: {
        year: { type: 'integer', minimum: 1949, maximum: 2200, description: 'the evaluated (budget) year' },
        projectName: { type: 'string', minLength: 1 },
        unitAliases: {
          type: 'object',
          description: 'alias → canonical unit name',
          additionalProperties: { type: 'string', minLength: 1 },
        },
        knownNames: { type: 'array', items: { type: 'string', minLength: 1 } },
      },
    },
    maxFileSize: {
      description: 'bytes, or a size such as "50MB"',
      oneOf: [
        { type: 'integer', minimum: 1 },
        { type: 'string', pattern: '^\\s*\\d+(\\.\\d+)?\\s*([kKmMgG][bB]?|[bB])?\\s*$' },
      ],
    },
    lang: { enum: ['zh-CN', 'en'] },
  },
} as const;
