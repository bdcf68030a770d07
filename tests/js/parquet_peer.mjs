// Independent Parquet readers and a writer for the tests: DuckDB (@duckdb/node-api)
// and hyparquet (with hyparquet-compressors). Rows are printed as JSON arrays: doubles as JSON numbers (or the
// strings "NaN", "Infinity", "-Infinity", "-0"), integers as decimal strings, booleans,
// strings, and null.
//
//   node parquet_peer.mjs duckdb FILE          rows as DuckDB reads them
//   node parquet_peer.mjs hyparquet FILE       rows as hyparquet reads them
//   node parquet_peer.mjs query FILE SQL       DuckDB runs SQL over the file as table t
//   node parquet_peer.mjs sql - SQL            DuckDB runs SQL (COPY … TO writes files)
//   node parquet_peer.mjs write FILE OPTIONS   DuckDB writes the test table (OPTIONS
//                                              go into COPY … (FORMAT parquet, OPTIONS))
import { DuckDBInstance } from '@duckdb/node-api';
import { asyncBufferFromFile, parquetReadObjects, parquetSchema, parquetMetadataAsync } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';

function canon(v) {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return 'NaN';
    if (!Number.isFinite(v)) return v > 0 ? 'Infinity' : '-Infinity';
    if (Object.is(v, -0)) return '-0'; // JSON would drop the sign
    return v;
  }
  if (typeof v === 'boolean' || typeof v === 'string') return v;
  if (v instanceof Date) return (BigInt(v.getTime()) * 1000000n).toString();
  // Nested values (structs, lists, OME-Arrow records) as JSON objects and arrays.
  if (Array.isArray(v) || ArrayBuffer.isView(v)) return Array.from(v, canon);
  if (typeof v === 'object' && v.constructor === Object)
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, canon(x)]));
  return String(v);
}

// The table DuckDB writes: every type the import has to handle, nulls, NaN, UTF-8.
const testTable = `SELECT
    i::INTEGER AS int32,
    (i * 1000000007)::BIGINT AS int64,
    CASE WHEN i % 7 = 3 THEN NULL WHEN i % 11 = 5 THEN 'NaN'::DOUBLE ELSE i / 8.0 - 3.3 END AS dbl,
    (i * 0.25)::FLOAT AS flt,
    CASE WHEN i % 5 = 0 THEN NULL ELSE 'naïve ' || (i % 13) END AS txt,
    i % 3 = 0 AS bool,
    (i % 4)::INTEGER AS few
  FROM range(3000) t(i)`;

const [mode, file, options] = process.argv.slice(2);
const instance = await DuckDBInstance.create(':memory:');
const con = await instance.connect();
if (mode === 'write') {
  await con.run(`COPY (${testTable}) TO '${file}' (FORMAT parquet${options ? ', ' + options : ''})`);
}
if (mode === 'sql') {
  // Runs SQL that makes its own files (COPY … TO): the FILE argument is not read.
  await con.run(options);
  console.log(JSON.stringify({ columns: [], rows: [] }));
} else if (mode === 'query') {
  await con.run(`CREATE VIEW t AS SELECT * FROM read_parquet('${file}')`);
  const reader = await con.runAndReadAll(options);
  const rows = reader.getRows().map((r) => r.map(canon));
  console.log(JSON.stringify({ columns: reader.columnNames(), rows }));
} else if (mode === 'duckdb' || mode === 'write') {
  // DOUBLE and FLOAT come back as numbers, BIGINT as bigint, BOOLEAN as boolean.
  const reader = await con.runAndReadAll(`SELECT * FROM read_parquet('${file}')`);
  const rows = reader.getRows().map((r) => r.map(canon));
  console.log(JSON.stringify({ columns: reader.columnNames(), rows }));
} else if (mode === 'hyparquet') {
  const buf = await asyncBufferFromFile(file);
  const meta = await parquetMetadataAsync(buf);
  const names = parquetSchema(meta).children.map((c) => c.element.name);
  const objs = await parquetReadObjects({ file: buf, utf8: true, compressors });
  const rows = objs.map((o) => names.map((n) => canon(o[n])));
  console.log(JSON.stringify({ columns: names, rows }));
} else {
  console.error('usage: parquet_peer.mjs duckdb|hyparquet|write FILE [OPTIONS]');
  process.exit(2);
}
