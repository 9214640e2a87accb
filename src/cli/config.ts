/**
 * `crosscheck.config.json`: the check options a newsroom keeps next to its articles. Read only by
 * the CLI (the library never reads files on its own); validated with zod, every error naming its key.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { DiscrepancyKindSchema, SeveritySchema } from '../schema/discrepancy.js';
import { CheckOptionsSchema } from '../schema/options.js';
import { FAIL_ON } from './exit-code.js';

/** The file looked for in the working directory when `--config` is not given. */
export const CONFIG_FILE_NAME = 'crosscheck.config.json';

const KINDS: readonly string[] = DiscrepancyKindSchema.options;
const SEVERITIES: readonly string[] = SeveritySchema.options;

/**
 * The config file's shape: the serialisable check options a team fixes once, plus `failOn`.
 * Kinds are checked by hand rather than by an enum-keyed record, which in zod 4 demands every
 * kind and would not name the misspelt one.
 */
export const CliConfigSchema = z
  .strictObject({
    /** Lets editors offer completion from a JSON Schema; ignored. */
    $schema: z.string().optional(),
    severity: z
      .record(z.string(), z.string())
      .superRefine((record, ctx) => {
        for (const [kind, severity] of Object.entries(record)) {
          if (!KINDS.includes(kind)) ctx.addIssue({ code: 'custom', path: [kind], message: 'unknown kind' });
          else if (!SEVERITIES.includes(severity)) ctx.addIssue({ code: 'custom', path: [kind], message: `unknown severity "${severity}" (high, medium, low or info)` });
        }
      })
      .optional(),
    disable: z
      .array(z.string())
      .superRefine((kinds, ctx) => {
        kinds.forEach((kind, i) => {
          if (!KINDS.includes(kind)) ctx.addIssue({ code: 'custom', path: [i], message: `unknown kind "${kind}"` });
        });
      })
      .optional(),
    failOn: z.enum(FAIL_ON, { error: `expected one of ${FAIL_ON.join(', ')}` }).optional(),
    info: CheckOptionsSchema.shape.info,
    alignThreshold: CheckOptionsSchema.shape.alignThreshold,
  })
  .transform(({ $schema: _schema, severity, disable, ...rest }) => ({
    ...rest,
    // Validated above: the casts only tell the compiler what superRefine made sure of.
    ...(severity ? { severity: severity as Partial<Record<z.infer<typeof DiscrepancyKindSchema>, z.infer<typeof SeveritySchema>>> } : {}),
    ...(disable ? { disable: disable as z.infer<typeof DiscrepancyKindSchema>[] } : {}),
  }));
export type CliConfig = z.output<typeof CliConfigSchema>;

/** A parsed config, or the one-line reason it is not one (`severity.quote-alterd: unknown kind`). */
export type ParsedConfig = { ok: true; config: CliConfig } | { ok: false; message: string };

/** One zod issue as `key.path: message`, the key first so a user finds it in the file. */
function issueLine(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((k) => `${[...path, k].join('.')}: unknown key`).join('; ');
  }
  const where = path.length ? `${path.join('.')}: ` : '';
  return `${where}${issue.message}`;
}

/**
 * Parse the text of a config file. Pure.
 * @example parseConfig('{"failOn":"medium"}') // { ok: true, config: { failOn: 'medium' } }
 */
export function parseConfig(text: string): ParsedConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `not valid JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, message: 'expected a JSON object' };
  const parsed = CliConfigSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: parsed.error.issues.map(issueLine).join('; ') };
  return { ok: true, config: parsed.data };
}

/**
 * Read a config file. `required` is false for the default file in the working directory: its
 * absence is then an empty config, not an error.
 */
export async function loadConfig(path: string, required: boolean): Promise<ParsedConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = typeof e === 'object' && e !== null && 'code' in e ? e.code : '';
    if (!required && code === 'ENOENT') return { ok: true, config: {} };
    return { ok: false, message: code === 'ENOENT' ? 'file not found' : `cannot read: ${e instanceof Error ? e.message : String(e)}` };
  }
  return parseConfig(text);
}
