// Writes the report's JSON Schema, generated from the zod schemas, next to the build.
import { mkdirSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { ReportSchema } from '../src/schema/report.js';

mkdirSync('dist', { recursive: true });
writeFileSync('dist/report.schema.json', `${JSON.stringify(z.toJSONSchema(ReportSchema, { io: 'output' }), null, 2)}\n`);
