// The review file's JSON Schema (draft 2020-12): schema/review.schema.json is this, written out.
export const REVIEW_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://reportlint.dev/schema/review.schema.json',
  title: 'reportlint review file',
  description:
    "An auditor's decision on each finding, keyed by the finding's fingerprint (the one baselines and SARIF use).",
  type: 'object',
  required: ['reportlintReview', 'entries'],
  properties: {
    reportlintReview: { const: 1 },
    entries: {
      type: 'array',
      items: {
        type: 'object',
        required: ['fingerprint', 'status'],
        properties: {
          fingerprint: { type: 'string', pattern: '^[0-9a-f]{64}$' },
          status: { enum: ['confirmed', 'dismissed', 'pending'] },
          reason: { type: 'string' },
          name: { type: 'string' },
          date: { type: 'string' },
          ruleId: { type: 'string', description: 'for people reading the file' },
          document: { type: 'string', description: 'for people reading the file' },
          excerpt: { type: 'string', description: 'for people reading the file' },
        },
        // a dismissal says why and who
        if: { properties: { status: { const: 'dismissed' } } },
        then: { required: ['reason', 'name'], properties: { reason: { minLength: 1 }, name: { minLength: 1 } } },
      },
    },
  },
} as const;
