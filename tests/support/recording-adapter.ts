// A driver adapter that remembers every statement Prisma sends through it, so that a test can ask the
// database how it would run each one (EXPLAIN) with the very SQL and parameters the app uses.
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery } from "@prisma/driver-adapter-utils";

export interface Recorder {
  factory: SqlDriverAdapterFactory;
  statements: SqlQuery[];
  /** Runs a statement through the recorded connection without recording it. */
  run(query: SqlQuery): Promise<unknown[][]>;
}

export function recording(inner: SqlDriverAdapterFactory): Recorder {
  const statements: SqlQuery[] = [];
  let connection: SqlDriverAdapter | undefined;
  const factory: SqlDriverAdapterFactory = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    async connect() {
      connection = await inner.connect();
      const real = connection;
      return new Proxy(real, {
        get(target, property, receiver) {
          if (property === "queryRaw") {
            return (query: SqlQuery) => {
              statements.push(query);
              return target.queryRaw(query);
            };
          }
          const value: unknown = Reflect.get(target, property, receiver);
          return typeof value === "function" ? value.bind(target) : value;
        },
      });
    },
  };
  return {
    factory,
    statements,
    async run(query) {
      if (!connection) throw new Error("not connected yet");
      return (await connection.queryRaw(query)).rows;
    },
  };
}
