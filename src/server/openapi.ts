/** The API's OpenAPI 3.1 description, served at /api/openapi.json. Kept by hand beside api-routes.ts. */

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const arrayOf = (name: string) => ({ type: 'array', items: ref(name) });
const json = (schema: unknown, description: string) => ({ description, content: { 'application/json': { schema } } });
const errors = { 400: json(ref('Error'), 'A parameter is malformed'), 404: json(ref('Error'), 'Not found') };
const query = (name: string, description: string, schema: unknown = { type: 'string' }) => ({ name, in: 'query', required: false, description, schema });
const pathId = { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 0 } };
const day = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
const nullable = (type: string) => ({ type: [type, 'null'] });

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'claimtrail',
    version: '0.1.0',
    description: 'Stored articles, their claims and figures, linked entities, and the figure trail across articles. Read-only.',
  },
  paths: {
    '/api/articles': {
      get: { summary: 'Articles, newest first', parameters: [query('limit', 'At most 1000', { type: 'integer' }), query('offset', 'Skip this many', { type: 'integer' })], responses: { 200: json(arrayOf('ArticleSummary'), 'Articles'), 400: errors[400] } },
    },
    '/api/articles/{id}': {
      get: { summary: 'One article: text, analysis (spans into the text), stored claims, entity and series links', parameters: [pathId], responses: { 200: json(ref('Article'), 'The article'), ...errors } },
    },
    '/api/claims': {
      get: {
        summary: 'Claims matching the filters, newest article first',
        parameters: [
          query('source', 'Source as written or linked entity name, case-insensitive substring'),
          query('outlet', 'Outlet name, case-insensitive'),
          query('status', 'A status marker the claim carries (preliminary, confirmed, …)'),
          query('since', 'Published on or after', day),
          query('until', 'Published on or before', day),
          query('limit', 'At most 1000', { type: 'integer' }),
          query('offset', 'Skip this many', { type: 'integer' }),
        ],
        responses: { 200: json(arrayOf('Claim'), 'Claims'), 400: errors[400] },
      },
    },
    '/api/claims/facets': { get: { summary: 'Outlets and statuses present, for filter menus', responses: { 200: json({ type: 'object', properties: { outlets: { type: 'array', items: { type: 'string' } }, statuses: { type: 'array', items: { type: 'string' } } } }, 'Facets') } } },
    '/api/figures': { get: { summary: 'Figure series (the trail), largest first', parameters: [query('query', 'Keep series whose label mentions this')], responses: { 200: json(arrayOf('FigureSeries'), 'Series') } } },
    '/api/figures/{id}': { get: { summary: 'One figure series', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' }, description: 'categories~subject~place, e.g. killed+wounded~north-korea~kursk' }], responses: { 200: json(ref('FigureSeries'), 'The series'), 404: errors[404] } } },
    '/api/entities': { get: { summary: 'Entities, most quoted first', parameters: [query('type', 'person, organization, place or group'), query('limit', 'At most 1000', { type: 'integer' })], responses: { 200: json({ type: 'array', items: { type: 'object' } }, 'Entities') } } },
    '/api/entities/{id}': { get: { summary: 'One entity with every claim it is the source of', parameters: [pathId], responses: { 200: json({ type: 'object' }, 'The entity'), ...errors } } },
    '/api/search': { get: { summary: 'Full-text search over articles and claims (web-search syntax)', parameters: [{ ...query('q', 'Text to search for'), required: true }], responses: { 200: json({ type: 'object', properties: { articles: { type: 'array' }, claims: { type: 'array' } } }, 'Hits'), 400: errors[400] } } },
    '/api/openapi.json': { get: { summary: 'This document', responses: { 200: { description: 'OpenAPI document' } } } },
  },
  components: {
    schemas: {
      Error: { type: 'object', required: ['error'], properties: { error: { type: 'string' } } },
      ArticleSummary: {
        type: 'object',
        properties: { id: { type: 'integer' }, input: { type: 'string' }, url: nullable('string'), title: nullable('string'), outlet: nullable('string'), published: nullable('string'), claims: { type: 'integer' }, figures: { type: 'integer' } },
      },
      Article: {
        allOf: [ref('ArticleSummary'), {
          type: 'object',
          properties: {
            text: { type: 'string', description: 'The text exactly as analysed; every span is UTF-16 offsets into it, end exclusive' },
            doc: { type: 'object', description: 'The analysis output (claimtrail analyze --json) without tokens' },
            storedClaims: arrayOf('Claim'),
            entityIds: { type: 'object', additionalProperties: { type: 'integer' } },
            figureSeries: { type: 'object', additionalProperties: { type: 'string' }, description: 'Figure doc id → series id' },
          },
        }],
      },
      Claim: {
        type: 'object',
        properties: {
          id: { type: 'integer' }, articleId: { type: 'integer' }, docId: { type: 'string' }, kind: { type: 'string' }, evidence: { type: 'string' },
          source: nullable('string'), sourceEntityId: nullable('integer'), anonymous: { type: 'boolean' }, cue: nullable('string'), content: { type: 'string' },
          unsourced: { type: 'boolean' }, status: { type: 'array', items: { type: 'string' } }, start: { type: 'integer' }, end: { type: 'integer' },
          outlet: nullable('string'), title: nullable('string'), published: nullable('string'),
        },
      },
      FigurePoint: {
        type: 'object',
        description: 'One stored figure with its interval, source, outlet, status and sentence',
        properties: {
          id: { type: 'integer' }, articleId: { type: 'integer' }, docId: { type: 'string' }, outlet: nullable('string'), published: nullable('string'), refersTo: nullable('string'),
          surface: { type: 'string' }, sentence: { type: 'string' }, value: nullable('number'), lower: nullable('number'), upper: nullable('number'),
          lowerInclusive: { type: 'boolean' }, upperInclusive: { type: 'boolean' }, bound: { type: 'string' }, approximate: { type: 'boolean' },
          categories: { type: 'array', items: { type: 'string' } }, subject: nullable('string'), place: nullable('string'), source: nullable('string'), via: nullable('string'), sourceKey: { type: 'string' },
          status: { type: 'array', items: { type: 'string' } },
        },
      },
      FigureSeries: {
        type: 'object',
        properties: {
          id: { type: 'string' }, label: { type: 'string' }, categories: { type: 'array', items: { type: 'string' } }, subjectKey: { type: 'string' }, placeKey: { type: 'string' },
          points: arrayOf('FigurePoint'),
          flags: { type: 'array', items: { type: 'object', properties: { kind: { enum: ['disagreement', 'revision'] }, points: { type: 'array', items: { type: 'integer' } }, reason: { type: 'string' } } } },
          summary: { type: 'object', description: 'A low–high view of the latest week (of the latest day for a running total such as a death toll); never replaces the points', properties: { asOf: nullable('string'), days: { type: 'integer', description: 'how many days before asOf the view reaches: 7, or 0 for a running total' }, low: nullable('number'), high: nullable('number'), sources: { type: 'integer' } } },
        },
      },
    },
  },
} as const;
