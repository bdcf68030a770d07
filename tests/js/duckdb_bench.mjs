// The DuckDB side of bench/parquet.sh, timed inside one process so that loading
// the data is not counted:
//   node duckdb_bench.mjs export CSV OUT.parquet   CSV -> in-memory table (untimed), then
//                                                  COPY … TO OUT (FORMAT parquet, COMPRESSION zstd)
//   node duckdb_bench.mjs import FILE.parquet      CREATE TABLE … AS SELECT * FROM read_parquet(FILE)
// Prints one JSON line: {"ms": …, "rows": …}.
import { DuckDBInstance } from '@duckdb/node-api';

const [mode, a, b] = process.argv.slice(2);
const instance = await DuckDBInstance.create(':memory:');
const con = await instance.connect();
const count = async (t) => Number((await con.runAndReadAll(`SELECT COUNT(*) FROM ${t}`)).getRows()[0][0]);
if (mode === 'export') {
  await con.run(`CREATE TABLE t AS SELECT * FROM read_csv('${a}')`);
  const t0 = performance.now();
  await con.run(`COPY t TO '${b}' (FORMAT parquet, COMPRESSION zstd)`);
  console.log(JSON.stringify({ ms: performance.now() - t0, rows: await count('t') }));
} else if (mode === 'import') {
  const t0 = performance.now();
  await con.run(`CREATE TABLE t AS SELECT * FROM read_parquet('${a}')`);
  console.log(JSON.stringify({ ms: performance.now() - t0, rows: await count('t') }));
} else {
  console.error('usage: duckdb_bench.mjs export CSV OUT | import FILE');
  process.exit(2);
}
