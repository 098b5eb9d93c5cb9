/**
 * `npm run bench [-- --quick] [-- --json] [-- --keep] [-- --only edit,cost,open,import,export,ui,province]`
 * Speed and memory of TinhGọn at national scale, each figure beside a floor measured in the same run
 * (docs/PERFORMANCE.md). Also the child-process entry of every probe (`--probe NAME`, see probe.ts).
 */
import { serveProbe } from './probe';
import { runNamedProbe } from './probes';
import { parseRunArgs, runBench } from './run';

const USAGE = `npm run bench -- [--quick] [--json] [--profile] [--keep] [--only edit,cost,open,import,export,ui,province]
  --quick    1/10 of the national sizes (about a minute)
  --json     one JSON object on stdout (use \`npm run -s\`); progress and the table on stderr
  --profile  run every probe under --cpu-prof and print where the time goes
  --keep     keep the temporary folder with the generated database and workbooks
  --only     measure only these figures
  province figures use TINHGON_BENCH_PG (a PostgreSQL URL) or a throw-away cluster of the local binaries
See docs/PERFORMANCE.md.`;

const argv = process.argv.slice(2);
const probeAt = argv.indexOf('--probe');
if (argv.includes('--help') || argv.includes('-h')) {
  process.stderr.write(USAGE + '\n');
} else if (probeAt >= 0) {
  const name = argv[probeAt + 1] ?? '';
  serveProbe((input) => runNamedProbe(name, input));
} else {
  runBench(parseRunArgs(argv)).catch((err: unknown) => {
    process.stderr.write(
      `TinhGọn bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    process.exit(1);
  });
}
