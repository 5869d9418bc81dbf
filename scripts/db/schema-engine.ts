/**
 * Offline Prisma migrations helper built on `@prisma/schema-engine-wasm`.
 *
 * Prisma 7's CLI needs a native schema-engine binary that cannot be downloaded
 * here; the same engine ships as WebAssembly. This module loads it and talks to
 * PostgreSQL through Prisma driver adapters:
 *
 *   - server Postgres: `@prisma/adapter-pg`, with a shadow-database factory that
 *     CREATEs a scratch database and DROPs it afterwards;
 *   - embedded Postgres: `pglite-prisma-adapter`, each shadow a fresh in-memory
 *     PGlite that is closed afterwards.
 *
 * Exports:
 *   diffSchemaAgainstMigrations(schema, migrationsDir, shadow)
 *       SQL that takes "all migrations applied" to the datamodel ('' = in sync).
 *   diffDatabaseAgainstSchema(schema, database)
 *       SQL that takes a live database to the datamodel ('' = in sync).
 *   createMigration(name, options)
 *       writes prisma/migrations/<timestamp>_<name>/migration.sql + migration_lock.toml.
 *   readMigrationsList(migrationsDir)
 *       the migrations folder as the engine (and `prisma migrate`) sees it.
 *   withSchemaEngine(factory, schemaFiles, fn), createPostgresMigrationFactory(url),
 *   createPgliteMigrationFactory(main?, options?)
 *       lower level: any other engine method (applyMigrations, devDiagnostic, ...).
 *
 * Requirements: Node 20+ (tested on 20.20.2, tsx in ESM and CJS mode), PostgreSQL >= 13 for
 * the server shadow (DROP DATABASE ... WITH (FORCE)) and a role allowed to
 * CREATE DATABASE. One wasm instance per process; after an engine panic the
 * process must be restarted.
 *
 * Work-arounds built in (each reproduced with adapter-pg / pglite-prisma-adapter 7.10 / 0.7.2):
 *   1. adapter-pg cannot read Postgres type "char" (OID 18): such columns are
 *      reported to the engine as the adapter's Character column type.
 *   2. PrismaPg.connectToShadowDb() with a connectionString uses the main DB as
 *      the "shadow": replaced by our own factory (scratch database per shadow).
 *   3. adapter-pg's executeScript splits on ';' (breaks '$$' bodies, 'a;b'
 *      literals): scripts are sent whole via the simple-query protocol.
 *   4. pglite-prisma-adapter's executeScript does not await exec(): awaited here.
 */
import { randomBytes } from "node:crypto";
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  DriverAdapterError,
  type ConnectionInfo,
  type IsolationLevel,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
  type Transaction,
} from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";

// ---------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------

/** Where the engine may create its temporary ("shadow") databases. */
export type ShadowDatabase =
  /** A Postgres server; `url` may name any database the user can connect to and must allow CREATE DATABASE. */
  | { kind: "postgres"; url: string }
  /** A fresh in-memory PGlite per shadow. Pass `options` e.g. to load extensions used by migrations. */
  | { kind: "pglite"; options?: PGliteOptions };

/** A live database to compare against. */
export type LiveDatabase = { kind: "postgres"; url: string } | { kind: "pglite"; db: PGlite };

export interface EngineOptions {
  /** Receives the engine's JSON log lines (they are dropped otherwise). */
  onLog?: (line: string) => void;
  /** Path reported to the engine for the schema file (appears in its error messages). */
  schemaPath?: string;
}

export interface CreateMigrationOptions extends EngineOptions {
  /** Default: `prisma/schema.prisma` (relative to the current directory). */
  schemaPath?: string;
  /** Default: `migrations/` beside the schema file. */
  migrationsDir?: string;
  /** Default: `{ kind: 'pglite' }`. */
  shadow?: ShadowDatabase;
  /** Write a migration even when there is nothing to change (Prisma's `--create-only` draft). */
  allowEmpty?: boolean;
  /** Timestamp for the directory name; default now. */
  now?: Date;
}

export interface CreatedMigration {
  /** e.g. `20261129173542_add_user_email` */
  name: string;
  /** Absolute path of the new migration directory. */
  directory: string;
  sql: string;
}

// ---------------------------------------------------------------------------
// Loading the WebAssembly engine
// ---------------------------------------------------------------------------

type EngineClass = typeof SchemaEngine;

interface PanicRegistry {
  set_message(message: string): void;
}

let lastPanicMessage: string | undefined;
/** Set after a Rust panic: the wasm instance is then unusable, and wasm-bindgen's glue cannot be re-instantiated. */
let poisonedBy: string | undefined;

/**
 * The glue calls `global.PRISMA_WASM_PANIC_REGISTRY.set_message(...)` when Rust
 * panics; without it a panic only shows as "Cannot read properties of undefined
 * (reading 'set_message')". (Reflect instead of `declare global`, so as not to
 * clash with another declaration of that global.)
 */
function installPanicRegistry(): void {
  const previous: unknown = Reflect.get(globalThis, "PRISMA_WASM_PANIC_REGISTRY");
  if (typeof previous === "object" && previous !== null && "isSchemaEngineHelper" in previous) return;
  const forward =
    typeof previous === "object" &&
    previous !== null &&
    "set_message" in previous &&
    typeof previous.set_message === "function"
      ? (previous as PanicRegistry)
      : undefined;
  const registry: PanicRegistry & { isSchemaEngineHelper: true } = {
    isSchemaEngineHelper: true,
    set_message(message: string): void {
      lastPanicMessage = message;
      forward?.set_message(message);
    },
  };
  Reflect.set(globalThis, "PRISMA_WASM_PANIC_REGISTRY", registry);
}

async function instantiateEngine(): Promise<EngineClass> {
  installPanicRegistry();
  // The package's main entry does `import * as wasm from "./x.wasm"`, which Node
  // cannot load; instantiate the module ourselves with the glue as import object
  // (what @prisma/internals' WasmSchemaEngineLoader does).
  const glue = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const gluePath = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bytes = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
  const wasmModule = await WebAssembly.compile(bytes);
  const imports: WebAssembly.Imports = {
    "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
  };
  const instance = await WebAssembly.instantiate(wasmModule, imports);
  glue.__wbg_set_wasm(instance.exports);
  const start = instance.exports["__wbindgen_start"];
  if (typeof start !== "function") throw new Error("schema-engine-wasm: __wbindgen_start is missing");
  (start as () => void)();
  return glue.SchemaEngine;
}

/**
 * One wasm instance per process: wasm-bindgen's glue module keeps the instance in
 * module-level state, and a second instantiation corrupts the first ("The encoded
 * data was not valid for encoding utf-8"). The promise is kept on globalThis so
 * that two copies of this file in one process still share it.
 */
const ENGINE_KEY = Symbol.for("schema-engine-wasm/engine-class");

function loadEngineClass(): Promise<EngineClass> {
  if (poisonedBy !== undefined) {
    return Promise.reject(
      new Error(`schema engine panicked earlier in this process (${poisonedBy}); start a new process`),
    );
  }
  const shared: unknown = Reflect.get(globalThis, ENGINE_KEY);
  if (shared instanceof Promise) return shared as Promise<EngineClass>;
  const loading = instantiateEngine().catch((error: unknown) => {
    Reflect.deleteProperty(globalThis, ENGINE_KEY);
    throw error;
  });
  Reflect.set(globalThis, ENGINE_KEY, loading);
  return loading;
}

/** The engine's git hash, e.g. for logging. */
export async function engineVersion(): Promise<string> {
  await loadEngineClass();
  const glue = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  return glue.version();
}

// ---------------------------------------------------------------------------
// Adapter plumbing shared by both databases
// ---------------------------------------------------------------------------

/** A migration-aware adapter factory that also owns cleanup of everything it opened. */
export interface ClosableMigrationFactory extends SqlMigrationAwareDriverAdapterFactory {
  close(): Promise<void>;
}

interface AdapterHooks {
  executeScript(script: string): Promise<void>;
  dispose(): Promise<void>;
}

interface DbErrorLike {
  code: string;
  message: string;
  severity?: string;
  detail?: string;
  column?: string;
  hint?: string;
}

function isDbError(error: unknown): error is DbErrorLike {
  if (typeof error !== "object" || error === null) return false;
  const candidate = error as Record<string, unknown>;
  return typeof candidate["code"] === "string" && typeof candidate["message"] === "string";
}

/** Surface a driver error to the engine as a Postgres error (so it prints code and message). */
function toDriverAdapterError(error: unknown): unknown {
  if (error instanceof DriverAdapterError || !isDbError(error)) return error;
  return new DriverAdapterError({
    kind: "postgres",
    code: error.code,
    severity: error.severity ?? "ERROR",
    message: error.message,
    detail: error.detail,
    column: error.column,
    hint: error.hint,
  });
}

// --- bug 1: Postgres "char" (OID 18) -------------------------------------------------

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/**
 * Result-row arrays whose columns at the given indexes were "char". adapter-pg 7.10
 * returns node-postgres' `result.rows` array itself, so it is the key that links
 * the two layers. (If a later adapter copies the rows, "char" columns arrive as
 * Text and the engine panics on CHECK constraints: demo.ts's "full" scenario
 * is the regression test.) Relabelling as Text alone is not enough for that reason.
 */
const charColumnsByRows = new WeakMap<object, number[]>();

interface PgFieldLike {
  dataTypeID: number;
}
interface PgResultLike {
  fields: PgFieldLike[];
  rows: object;
}

function isPgResult(value: unknown): value is PgResultLike {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return Array.isArray(candidate["fields"]) && typeof candidate["rows"] === "object" && candidate["rows"] !== null;
}

/** After node-postgres parsed the rows (a "char" is parsed as a plain string), relabel OID 18 as text and remember where. */
function relabelCharColumns(result: unknown): void {
  for (const one of Array.isArray(result) ? (result as unknown[]) : [result]) {
    if (!isPgResult(one)) continue;
    const indexes: number[] = [];
    one.fields.forEach((field, index) => {
      if (field.dataTypeID === PG_CHAR_OID) {
        field.dataTypeID = PG_TEXT_OID;
        indexes.push(index);
      }
    });
    if (indexes.length > 0) charColumnsByRows.set(one.rows, indexes);
  }
}

type AnyQuery = (...args: unknown[]) => unknown;

/** Hook every pooled client's `query` (covers pool.query and transaction clients). */
function patchPgClient(client: pg.PoolClient): void {
  const original = client.query.bind(client) as AnyQuery;
  const patched: AnyQuery = (...args) => {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      const callback = last as (error: unknown, result: unknown) => void;
      args[args.length - 1] = (error: unknown, result: unknown): void => {
        if (!error) relabelCharColumns(result);
        callback(error, result);
      };
      return original(...args);
    }
    const returned = original(...args);
    if (returned instanceof Promise) {
      return returned.then((result: unknown) => {
        relabelCharColumns(result);
        return result;
      });
    }
    return returned;
  };
  Reflect.set(client, "query", patched);
}

function restoreCharColumns(resultSet: SqlResultSet): SqlResultSet {
  const indexes = charColumnsByRows.get(resultSet.rows);
  if (indexes === undefined) return resultSet;
  const columnTypes = [...resultSet.columnTypes];
  for (const index of indexes) columnTypes[index] = ColumnTypeEnum.Character;
  return { ...resultSet, columnTypes };
}

function wrapTransaction(inner: Transaction): Transaction {
  const tx: Transaction = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    options: inner.options,
    queryRaw: async (query: SqlQuery) => restoreCharColumns(await inner.queryRaw(query)),
    executeRaw: (query: SqlQuery) => inner.executeRaw(query),
    commit: () => inner.commit(),
    rollback: () => inner.rollback(),
  };
  if (inner.createSavepoint) tx.createSavepoint = inner.createSavepoint.bind(inner);
  if (inner.rollbackToSavepoint) tx.rollbackToSavepoint = inner.rollbackToSavepoint.bind(inner);
  if (inner.releaseSavepoint) tx.releaseSavepoint = inner.releaseSavepoint.bind(inner);
  return tx;
}

function wrapAdapter(inner: SqlDriverAdapter, hooks: AdapterHooks): SqlDriverAdapter {
  let disposed: Promise<void> | undefined;
  const adapter: SqlDriverAdapter = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    queryRaw: async (query: SqlQuery) => restoreCharColumns(await inner.queryRaw(query)),
    executeRaw: (query: SqlQuery) => inner.executeRaw(query),
    executeScript: async (script: string) => {
      try {
        await hooks.executeScript(script);
      } catch (error) {
        throw toDriverAdapterError(error);
      }
    },
    startTransaction: async (isolationLevel?: IsolationLevel) =>
      wrapTransaction(await inner.startTransaction(isolationLevel)),
    dispose: () => (disposed ??= hooks.dispose()),
  };
  if (inner.getConnectionInfo) {
    const getInfo = inner.getConnectionInfo.bind(inner);
    adapter.getConnectionInfo = (): ConnectionInfo => getInfo();
  }
  return adapter;
}

// --- server Postgres -----------------------------------------------------------------

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

async function runAdminStatement(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Resolves when `promise` settles or after `ms`, whichever is first (a pool whose client is stuck in a transaction never ends). */
async function settleWithin(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
    timer.unref();
  });
  try {
    await Promise.race([
      promise.then(
        () => undefined,
        () => undefined,
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

async function connectPg(url: string, onDispose?: () => Promise<void>): Promise<SqlDriverAdapter> {
  const inner = await new PrismaPg({ connectionString: url }).connect();
  const pool = inner.underlyingDriver();
  // The pool connects lazily, so this runs before the first query of every client.
  pool.on("connect", patchPgClient);
  return wrapAdapter(inner, {
    // Bug 3: send the script whole (simple-query protocol, one implicit transaction).
    executeScript: async (script) => {
      await pool.query(script);
    },
    dispose: async () => {
      await settleWithin(inner.dispose(), 5_000);
      await onDispose?.();
    },
  });
}

/**
 * Factory for a Postgres server. `connect()` opens `url` (a lazy pool: nothing
 * connects until the engine queries it); each `connectToShadowDb()` creates a
 * scratch database `prisma_shadow_<random>` on the same server and drops it on
 * dispose (or on `close()` at the latest).
 */
export function createPostgresMigrationFactory(url: string): ClosableMigrationFactory {
  const open = new Set<SqlDriverAdapter>();
  const track = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    open.add(adapter);
    return adapter;
  };
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: async () => track(await connectPg(url)),
    connectToShadowDb: async () => {
      const database = `prisma_shadow_${Date.now()}_${randomBytes(4).toString("hex")}`;
      await runAdminStatement(url, `CREATE DATABASE ${quoteIdent(database)}`);
      try {
        return track(
          await connectPg(withDatabase(url, database), () =>
            runAdminStatement(url, `DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`),
          ),
        );
      } catch (error) {
        await runAdminStatement(url, `DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`);
        throw error;
      }
    },
    close: async () => {
      const adapters = [...open];
      open.clear();
      await Promise.all(adapters.map((adapter) => adapter.dispose()));
    },
  };
}

// --- PGlite ----------------------------------------------------------------------------

async function connectPglite(db: PGlite, closeOnDispose: boolean): Promise<SqlDriverAdapter> {
  const inner = await new PrismaPGlite(db).connect();
  return wrapAdapter(inner, {
    // Bug 4: the adapter does not await exec(), so failures went unnoticed.
    executeScript: async (script) => {
      await db.exec(script);
    },
    dispose: async () => {
      await inner.dispose();
      if (closeOnDispose && !db.closed) await db.close();
    },
  });
}

/**
 * Delays creating the main database until the engine queries it. A diff from
 * migrations only asks it whether the schema exists (`SELECT EXISTS(... pg_namespace ...)`).
 */
function lazyAdapter(create: () => Promise<SqlDriverAdapter>): SqlDriverAdapter {
  let pending: Promise<SqlDriverAdapter> | undefined;
  const get = (): Promise<SqlDriverAdapter> => (pending ??= create());
  return {
    provider: "postgres",
    adapterName: "pglite-prisma-adapter",
    queryRaw: async (query) => (await get()).queryRaw(query),
    executeRaw: async (query) => (await get()).executeRaw(query),
    executeScript: async (script) => (await get()).executeScript(script),
    startTransaction: async (isolationLevel) => (await get()).startTransaction(isolationLevel),
    getConnectionInfo: () => ({ supportsRelationJoins: true }),
    dispose: async () => {
      if (pending !== undefined) await (await pending).dispose();
    },
  };
}

/**
 * initdb dominates a new in-memory PGlite (~2.5 s); starting from a dump of a
 * pristine data directory takes ~0.4 s. The first shadow of a process is made
 * with initdb and dumped before use; later shadows (same options object) start from that dump.
 */
const pristineDumps = new WeakMap<PGliteOptions, Promise<Blob>>();
const DEFAULT_PGLITE_OPTIONS: PGliteOptions = {};

async function createShadowPglite(options: PGliteOptions = DEFAULT_PGLITE_OPTIONS): Promise<PGlite> {
  const dump = pristineDumps.get(options);
  if (dump !== undefined) {
    const loadDataDir = await dump.catch(() => undefined);
    if (loadDataDir !== undefined) return PGlite.create({ ...options, loadDataDir });
  }
  const db = await PGlite.create(options);
  if (dump === undefined) pristineDumps.set(options, db.dumpDataDir("none"));
  await pristineDumps.get(options)?.catch(() => undefined); // finish the dump before the engine writes
  return db;
}

/**
 * Factory for PGlite. `connect()` uses `main` when given (never closed here),
 * otherwise a lazily created empty in-memory PGlite; each `connectToShadowDb()` is a
 * fresh in-memory PGlite, closed on dispose.
 */
export function createPgliteMigrationFactory(main?: PGlite, shadowOptions?: PGliteOptions): ClosableMigrationFactory {
  const open = new Set<SqlDriverAdapter>();
  const track = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    open.add(adapter);
    return adapter;
  };
  return {
    provider: "postgres",
    adapterName: "pglite-prisma-adapter",
    connect: async () =>
      track(
        main
          ? await connectPglite(main, false)
          : lazyAdapter(async () => connectPglite(await createShadowPglite(shadowOptions), true)),
      ),
    connectToShadowDb: async () => track(await connectPglite(await createShadowPglite(shadowOptions), true)),
    close: async () => {
      const adapters = [...open];
      open.clear();
      await Promise.all(adapters.map((adapter) => adapter.dispose()));
    },
  };
}

function factoryFor(target: ShadowDatabase | LiveDatabase): ClosableMigrationFactory {
  if (target.kind === "postgres") return createPostgresMigrationFactory(target.url);
  if ("db" in target) return createPgliteMigrationFactory(target.db);
  return createPgliteMigrationFactory(undefined, target.options);
}

// ---------------------------------------------------------------------------
// Running the engine
// ---------------------------------------------------------------------------

export class SchemaEngineError extends Error {
  constructor(
    message: string,
    readonly logs: string[],
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "SchemaEngineError";
  }
}

function describeError(error: unknown, registry: { consumeError(id: number): { error: unknown } | undefined }): string {
  const message = error instanceof Error ? error.message : String(error);
  // A JS exception inside an adapter reaches the engine only as an id into the
  // registry, printed as "External error id#0".
  const jsErrorId = /External error id#(\d+)/.exec(message)?.[1];
  if (jsErrorId !== undefined) {
    const original = registry.consumeError(Number(jsErrorId))?.error;
    if (original !== undefined)
      return `${message}\ncaused by: ${original instanceof Error ? original.stack : String(original)}`;
  }
  return message;
}

/**
 * A Rust panic surfaces as a `WebAssembly.RuntimeError` thrown from a microtask
 * of wasm-bindgen-futures, i.e. as an uncaught exception that would kill the
 * process before any cleanup. While an engine call runs, catch it and turn it
 * into a rejection of that call.
 */
function trapWasmPanics(): { panicked: Promise<never>; release(): void } {
  let reject: (error: unknown) => void = () => undefined;
  const panicked = new Promise<never>((_, rejectPanic) => {
    reject = rejectPanic;
  });
  panicked.catch(() => undefined); // observed through Promise.race
  const onError = (error: unknown): void => {
    if (error instanceof WebAssembly.RuntimeError) {
      poisonedBy = lastPanicMessage ?? error.message;
      reject(error);
      return;
    }
    if (process.listenerCount("uncaughtException") === 1) {
      // We are the only listener: keep Node's default of crashing on it.
      release();
      process.nextTick(() => {
        throw error;
      });
    }
  };
  const release = (): void => {
    process.off("uncaughtException", onError);
    process.off("unhandledRejection", onError);
  };
  process.on("uncaughtException", onError);
  process.on("unhandledRejection", onError);
  return { panicked, release };
}

/**
 * Run `fn` with a schema engine bound to `factory`; frees the engine and closes
 * every connection and scratch database the factory opened, whatever happens.
 */
export async function withSchemaEngine<T>(
  factory: ClosableMigrationFactory,
  schemaFiles: Array<{ path: string; content: string }>,
  fn: (engine: SchemaEngine) => Promise<T>,
  options: EngineOptions = {},
): Promise<T> {
  const Engine = await loadEngineClass();
  const logs: string[] = [];
  const log = (line: string): void => {
    logs.push(line);
    options.onLog?.(line);
  };
  const bound = bindMigrationAwareSqlAdapterFactory(factory);
  let engine: SchemaEngine | undefined;
  lastPanicMessage = undefined;
  const trap = trapWasmPanics();
  try {
    const datamodels = schemaFiles.map((file): [string, string] => [file.path, file.content]);
    engine = await Promise.race([Engine.new({ datamodels }, log, bound), trap.panicked]);
    const running = engine;
    return await Promise.race([fn(running), trap.panicked]);
  } catch (error) {
    if (lastPanicMessage !== undefined || poisonedBy !== undefined) {
      poisonedBy ??= lastPanicMessage;
      throw new SchemaEngineError(`schema engine panicked: ${lastPanicMessage ?? String(error)}`, logs, {
        cause: error,
      });
    }
    throw new SchemaEngineError(describeError(error, bound.errorRegistry), logs, { cause: error });
  } finally {
    trap.release();
    if (poisonedBy === undefined) engine?.free();
    await factory.close();
  }
}

// ---------------------------------------------------------------------------
// Migrations folder
// ---------------------------------------------------------------------------

const LOCKFILE = "migration_lock.toml";
const LOCKFILE_CONTENT = `# Please do not edit this file manually
# It should be added in your version-control system (e.g., Git)
provider = "postgresql"
`;

/** The migrations folder as `prisma migrate` lists it: sub-directories sorted by name, each with migration.sql. */
export async function readMigrationsList(migrationsDir: string): Promise<MigrationList> {
  const baseDir = path.resolve(migrationsDir);
  const lockfileContent = await readFile(path.join(baseDir, LOCKFILE), "utf8").catch(() => null);
  const entries = await readdir(baseDir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  const directories = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const migrationDirectories: MigrationList["migrationDirectories"] = [];
  for (const name of directories) {
    const content = await readFile(path.join(baseDir, name, "migration.sql"), "utf8").then(
      (value) => ({ tag: "ok" as const, value }),
      (error: unknown) => ({ tag: "error" as const, value: error instanceof Error ? error.message : String(error) }),
    );
    migrationDirectories.push({ path: name, migrationFile: { path: "migration.sql", content } });
  }
  return {
    baseDir,
    // Without a lockfile the engine cannot tell the connector ("missing migration_lock.toml"),
    // even for an empty history; this module is PostgreSQL-only.
    lockfile: { path: LOCKFILE, content: lockfileContent ?? LOCKFILE_CONTENT },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

const NO_FILTERS = { externalTables: [], externalEnums: [] };

/**
 * SQL that takes a database with every migration in `migrationsDir` applied to
 * the datamodel in `schemaPrismaText`; '' when they agree. The engine replays
 * the migrations into a shadow database (scratch Postgres database or in-memory
 * PGlite) and diffs that against the datamodel (`prisma migrate diff
 * --from-migrations --to-schema --script`).
 */
export async function diffSchemaAgainstMigrations(
  schemaPrismaText: string,
  migrationsDir: string,
  shadow: ShadowDatabase,
  options: EngineOptions = {},
): Promise<string> {
  const schemaFile = { path: options.schemaPath ?? "schema.prisma", content: schemaPrismaText };
  const migrations = await readMigrationsList(migrationsDir);
  const result = await withSchemaEngine(
    factoryFor(shadow),
    [schemaFile],
    (engine) =>
      engine.diff({
        from: { tag: "migrations", ...migrations },
        to: { tag: "schemaDatamodel", files: [schemaFile] },
        script: true,
        exitCode: true,
        filters: NO_FILTERS,
      }),
    options,
  );
  // With exitCode requested the engine answers 2 for "there is a difference", 0 for none.
  return result.exitCode === 2 ? (result.stdout ?? "") : "";
}

/**
 * SQL that takes the live database to the datamodel; '' when in sync (drift check,
 * `prisma migrate diff --from-config-datasource --to-schema --script`). Ignores
 * the `_prisma_migrations` table.
 */
export async function diffDatabaseAgainstSchema(
  schemaPrismaText: string,
  database: LiveDatabase,
  options: EngineOptions = {},
): Promise<string> {
  const schemaFile = { path: options.schemaPath ?? "schema.prisma", content: schemaPrismaText };
  const result = await withSchemaEngine(
    factoryFor(database),
    [schemaFile],
    (engine) =>
      engine.diff({
        from: { tag: "schemaDatasource", files: [schemaFile], configDir: process.cwd() },
        to: { tag: "schemaDatamodel", files: [schemaFile] },
        script: true,
        exitCode: true,
        filters: NO_FILTERS,
      }),
    options,
  );
  return result.exitCode === 2 ? (result.stdout ?? "") : "";
}

function migrationTimestamp(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return (
    String(date.getUTCFullYear()) +
    pad(date.getUTCMonth() + 1) +
    pad(date.getUTCDate()) +
    pad(date.getUTCHours()) +
    pad(date.getUTCMinutes()) +
    pad(date.getUTCSeconds())
  );
}

/** Like the CLI's slugify(name, { separator: '_' }): "Add userEmail!" -> "add_user_email". */
export function migrationSlug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 200);
}

/**
 * Write `<migrationsDir>/<UTC yyyymmddHHMMSS>_<name>/migration.sql` with the SQL
 * from `diffSchemaAgainstMigrations`, and `migration_lock.toml`. Returns null
 * (and writes nothing) when the schema already matches the migrations, unless
 * `allowEmpty` is set.
 */
export async function createMigration(
  name: string,
  options: CreateMigrationOptions = {},
): Promise<CreatedMigration | null> {
  const slug = migrationSlug(name);
  if (slug === "") throw new Error(`createMigration: "${name}" gives an empty migration name`);
  const schemaPath = path.resolve(options.schemaPath ?? path.join("prisma", "schema.prisma"));
  const migrationsDir = path.resolve(options.migrationsDir ?? path.join(path.dirname(schemaPath), "migrations"));
  const schema = await readFile(schemaPath, "utf8");
  const sql = await diffSchemaAgainstMigrations(schema, migrationsDir, options.shadow ?? { kind: "pglite" }, {
    ...options,
    schemaPath: path.relative(process.cwd(), schemaPath) || "schema.prisma",
  });
  if (sql === "" && !options.allowEmpty) return null;

  const migrationName = `${migrationTimestamp(options.now ?? new Date())}_${slug}`;
  const directory = path.join(migrationsDir, migrationName);
  await mkdir(migrationsDir, { recursive: true });
  await mkdir(directory); // fails if it exists: never overwrite a migration
  const script = sql === "" ? "-- This is an empty migration.\n" : sql;
  await writeFile(path.join(directory, "migration.sql"), script, "utf8");
  await writeFile(path.join(migrationsDir, LOCKFILE), LOCKFILE_CONTENT, "utf8");
  return { name: migrationName, directory, sql: script };
}
