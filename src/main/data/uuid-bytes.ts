// The data boundary for ids: canonical UUID text in the app, 16 bytes in the file (0500_ids_as_bytes). The Kysely
// plugin here is the only place that knows; schema.ts keeps ids as `string` because the plugin guarantees it.
import { sql, type RawBuilder } from 'kysely';
import type {
  KyselyPlugin,
  OperationNode,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';

/** The actor of an event the workstation records by itself (clock-events.ts): kept as text in audit_log.user_id. */
const WORKSTATION_ACTOR = /^workstation:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Canonical UUID text: lowercase hex, 8-4-4-4-12 (what uuid's v7() makes; anything else would not round-trip). */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && parse(value, null);
}

/** Refused before it reaches the file: an id column holds a UUID or nothing. */
export class NotAnIdError extends Error {
  constructor(column: string, value: unknown) {
    const shown = typeof value === 'string' ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value) : typeof value;
    super(`${column} must be a record id (a lowercase UUID); ${shown} is not one, and nothing was saved.`);
    this.name = 'NotAnIdError';
  }
}

/** Each byte's two hex digits, and each hex digit's value (-1: not one): the conversions run on every query. */
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const NIBBLE = new Int8Array(128).fill(-1);
for (let i = 0; i < 16; i += 1) NIBBLE['0123456789abcdef'.charCodeAt(i)] = i;
/** Where each byte's two digits start in the text (the dashes are at 8, 13, 18 and 23). */
const AT = [0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34];
const DASHES = [8, 13, 18, 23];

/** Reads canonical UUID text into `into` (when given); false, part-way, as soon as it is not one. */
function parse(text: string, into: Buffer | null): boolean {
  if (text.length !== 36) return false;
  for (const dash of DASHES) if (text.charCodeAt(dash) !== 45) return false;
  for (let i = 0; i < 16; i += 1) {
    const high = NIBBLE[text.charCodeAt(AT[i])] ?? -1;
    const low = NIBBLE[text.charCodeAt(AT[i] + 1)] ?? -1;
    if ((high | low) < 0) return false;
    if (into) into[i] = (high << 4) | low;
  }
  return true;
}

export function idToBytes(text: string, column = 'id'): Buffer {
  const bytes = Buffer.allocUnsafe(16);
  if (typeof text !== 'string' || !parse(text, bytes)) throw new NotAnIdError(column, text);
  return bytes;
}

export function idFromBytes(bytes: Uint8Array): string {
  if (bytes.length !== 16) throw new Error(`A stored id is 16 bytes; this one is ${bytes.length}.`);
  const b = bytes;
  return (
    HEX[b[0]] + HEX[b[1]] + HEX[b[2]] + HEX[b[3]] + '-' + HEX[b[4]] + HEX[b[5]] + '-' + HEX[b[6]] + HEX[b[7]] + '-' +
    HEX[b[8]] + HEX[b[9]] + '-' + HEX[b[10]] + HEX[b[11]] + HEX[b[12]] + HEX[b[13]] + HEX[b[14]] + HEX[b[15]]
  );
}

/**
 * The id columns, by name (every table follows it; test/main/data/uuid-bytes.test.ts checks it against the schema):
 * `id`, anything ending `_id` (patient_id, device_id, record_id…), and `created_by`.
 */
export function isIdColumn(name: string): boolean {
  return name === 'id' || name === 'created_by' || name.endsWith('_id');
}

const isAuditTable = (table: string | undefined) => table === 'audit_append' || table === 'audit_log';

/**
 * A value written into an id column: bytes, or refused. Two audit columns may also hold text, as 0500 allows:
 * user_id the workstation itself for the events it records alone (a clock jump, clock-events.ts), and record_id the
 * key of an auth setting changed (record_table 'auth_settings', auth.service.ts). `sibling` reads the row's others.
 */
function stored(table: string | undefined, column: string, value: unknown, sibling: (name: string) => unknown): unknown {
  if (value === null || value === undefined || value instanceof Uint8Array) return value;
  if (isAuditTable(table) && typeof value === 'string' && !isUuid(value)) {
    if (column === 'user_id' && WORKSTATION_ACTOR.test(value)) return value;
    if (column === 'record_id' && sibling('record_table') === 'auth_settings') return value;
  }
  return idToBytes(value as string, table ? `${table}.${column}` : column);
}

/** A value an id column is compared with: a UUID as bytes; anything else as it is (it matches no row, as before). */
function compared(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const bytes = Buffer.allocUnsafe(16);
  return parse(value, bytes) ? bytes : value;
}

type Node = OperationNode & Readonly<Record<string, unknown>>;

/** Nodes with nothing below them that could hold a value bound for an id column. */
const LEAVES = new Set([
  'IdentifierNode', 'ColumnNode', 'TableNode', 'ReferenceNode', 'SchemableIdentifierNode', 'ValueNode', 'PrimitiveValueListNode',
  'OperatorNode', 'SelectAllNode', 'LimitNode', 'OffsetNode', 'OrderByItemNode', 'DefaultInsertValueNode',
]);

function columnName(node: OperationNode | undefined): string | undefined {
  const n = node as Node | undefined;
  if (n?.kind === 'ReferenceNode') return columnName(n.column as OperationNode);
  if (n?.kind === 'ColumnNode') return (n.column as { name: string }).name;
  return undefined;
}

function tableName(node: OperationNode | undefined): string | undefined {
  return (node as { table?: { identifier?: { name?: string } } } | undefined)?.table?.identifier?.name;
}

/** Copies a node with some of its children replaced (nodes are frozen; unchanged subtrees are shared). */
const withChanges = (node: Node, changes: Record<string, unknown>): Node => Object.freeze({ ...node, ...changes }) as Node;

function mapList(list: readonly unknown[], each: (item: unknown, index: number) => unknown): readonly unknown[] {
  let out: unknown[] | undefined;
  for (let i = 0; i < list.length; i += 1) {
    const next = each(list[i], i);
    if (next !== list[i]) (out ??= list.slice())[i] = next;
  }
  return out ?? list;
}

function valueNode(node: unknown, convert: (value: unknown) => unknown): unknown {
  const n = node as Node;
  if (n.kind === 'ValueNode' && !n.immediate) {
    const value = convert(n.value);
    return value === n.value ? n : withChanges(n, { value });
  }
  if (n.kind === 'PrimitiveValueListNode' || n.kind === 'ValueListNode') {
    const values = mapList(n.values as readonly unknown[], (v) => (n.kind === 'ValueListNode' ? valueNode(v, convert) : convert(v)));
    return values === n.values ? n : withChanges(n, { values });
  }
  return walk(n);
}

function walk(node: Node): Node {
  switch (node.kind) {
    case 'BinaryOperationNode': {
      const column = columnName(node.leftOperand as OperationNode);
      if (column === undefined || !isIdColumn(column)) break;
      const right = valueNode(node.rightOperand, compared);
      return right === node.rightOperand ? node : withChanges(node, { rightOperand: right });
    }
    case 'InsertQueryNode': {
      const table = tableName(node.into as OperationNode);
      const columns = ((node.columns ?? []) as OperationNode[]).map(columnName);
      const changes: Record<string, unknown> = {};
      const values = node.values as Node | undefined;
      if (values?.kind === 'ValuesNode') {
        const rows = mapList(values.values as readonly unknown[], (row) => {
          const r = row as Node;
          const list = r.values as readonly unknown[];
          const primitive = r.kind === 'PrimitiveValueListNode';
          const sibling = (name: string) => {
            const cell = list[columns.indexOf(name)] as Node | undefined;
            return primitive ? cell : cell?.kind === 'ValueNode' ? cell.value : undefined;
          };
          const cells = mapList(list, (cell, i) => {
            const column = columns[i];
            if (column === undefined || !isIdColumn(column)) return primitive ? cell : walk(cell as Node);
            return primitive ? stored(table, column, cell, sibling) : valueNode(cell, (v) => stored(table, column, v, sibling));
          });
          return cells === r.values ? r : withChanges(r, { values: cells });
        });
        if (rows !== values.values) changes.values = withChanges(values, { values: rows });
      } else if (values) {
        const next = walk(values);
        if (next !== values) changes.values = next;
      }
      if (node.onConflict) {
        const next = walk(node.onConflict as Node);
        if (next !== node.onConflict) changes.onConflict = next;
      }
      return Object.keys(changes).length > 0 ? withChanges(node, changes) : node;
    }
    case 'ColumnUpdateNode': {
      const column = columnName(node.column as OperationNode);
      if (column === undefined || !isIdColumn(column)) break;
      const value = valueNode(node.value, (v) => stored(undefined, column, v, () => undefined));
      return value === node.value ? node : withChanges(node, { value });
    }
    default:
      if (LEAVES.has(node.kind)) return node;
  }
  return walkChildren(node);
}

function walkChildren(node: Node): Node {
  let changes: Record<string, unknown> | undefined;
  for (const key in node) {
    const child = node[key];
    if (typeof child !== 'object' || child === null) continue;
    const next = Array.isArray(child)
      ? mapList(child, (item) => (typeof item === 'object' && item !== null && 'kind' in item ? walk(item as Node) : item))
      : 'kind' in child
        ? walk(child as Node)
        : child;
    if (next !== child) (changes ??= {})[key] = next;
  }
  return changes ? withChanges(node, changes) : node;
}

/**
 * An id column read as its canonical text by SQLite itself, for the reads that bring in hundreds of rows (a history,
 * a catch-up): no Buffer made per value only to be turned into text here. A file whose ids are still text (before
 * 0500) reads as it is.
 */
export function idText<T extends string | null = string>(column: string): RawBuilder<T> {
  const c = sql.ref(column);
  const hex = sql`hex(${c})`;
  return sql<T>`CASE WHEN typeof(${c}) = 'blob' THEN lower(substr(${hex}, 1, 8) || '-' || substr(${hex}, 9, 4) || '-' || substr(${hex}, 13, 4) || '-' || substr(${hex}, 17, 4) || '-' || substr(${hex}, 21)) ELSE ${c} END`;
}

/**
 * A row read raw from the file (better-sqlite3, no plugin) with its ids as text, by column name as the plugin does;
 * changed in place. A Buffer in any other column (a hash) is left alone.
 */
export function idsAsText<T>(row: T): T {
  if (typeof row !== 'object' || row === null) return row;
  const r = row as Record<string, unknown>;
  for (const key in r) {
    const value = r[key];
    if (value instanceof Uint8Array && isIdColumn(key)) r[key] = idFromBytes(value);
  }
  return row;
}

/** Ids read back as canonical text, by column name; the columns are found once, from the first row. */
function idsToText(rows: UnknownRow[]): void {
  const first = rows[0];
  if (!first) return;
  const keys = Object.keys(first).filter(isIdColumn);
  if (keys.length === 0) return;
  for (const row of rows) {
    for (const key of keys) {
      const value = row[key];
      if (value instanceof Uint8Array) (row as Record<string, unknown>)[key] = idFromBytes(value);
    }
  }
}

/**
 * Converts ids at the Kysely boundary: insert values and `=`/`in`/`is` comparisons on id columns go to SQLite as 16
 * bytes, result rows come back as text. Raw `sql` parameters and raw better-sqlite3 statements are not seen here:
 * they call idToBytes / idFromBytes themselves. Off on a file whose ids are still text (before 0500).
 */
export class IdBytesPlugin implements KyselyPlugin {
  active = false;

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.active ? (walk(args.node as unknown as Node) as unknown as RootOperationNode) : args.node;
  }

  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    if (this.active) idsToText(args.result.rows as UnknownRow[]);
    return Promise.resolve(args.result);
  }
}

/**
 * For a statement compiled once (not by Kysely, so not seen by the plugin): how its id values go in, asked of the
 * handle once per statement. Bytes when the file keeps ids as bytes, refused when not a UUID, as the plugin would;
 * text on a file before 0500.
 */
export function idParameters(db: { getExecutor(): { readonly plugins: readonly KyselyPlugin[] } }): (column: string, value: string | null) => unknown {
  const asBytes = db.getExecutor().plugins.some((p) => p instanceof IdBytesPlugin && p.active);
  return (column, value) => (value === null || !asBytes ? value : idToBytes(value, column));
}

/** Whether this file keeps its ids as bytes (0500 applied): the type of patients.id, or false before any table. */
export function idsStoredAsBytes(sqlite: { prepare(source: string): { pluck(): { get(): unknown } } }): boolean {
  return sqlite.prepare(`SELECT type FROM pragma_table_info('patients') WHERE name = 'id'`).pluck().get() === 'BLOB';
}
