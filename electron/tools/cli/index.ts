import { commands } from './commands';
import { InputError, parseArgs, UsageError } from './cli-kit';

/**
 * `npm run cli -- <command> …`: the app's backend without Electron.
 * Exit codes: 0 success, 1 bad input (one line on stderr, nothing written), 2 usage error. With --json, a refusal
 * is also a JSON object on stdout ({ok:false, error:{code, message}, exitCode}), so a script reading stdout
 * always gets JSON.
 */
async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const json = argv.includes('--json');
  const refuse = (exitCode: number, code: string, message: string, extra = ''): number => {
    process.stderr.write(message + '\n' + extra);
    if (json) process.stdout.write(JSON.stringify({ ok: false, error: { code, message }, exitCode }) + '\n');
    return exitCode;
  };
  const usage = () =>
    ['Cách dùng / usage: npm run cli -- <lệnh>', ...commands.map((c) => `  ${c.usage}`)].join('\n');
  const command = commands.find((c) => c.name === name);
  if (!command)
    return refuse(
      2,
      'USAGE',
      name ? `Lệnh không tồn tại / unknown command: ${name}` : 'Thiếu lệnh / missing command',
      usage() + '\n',
    );
  try {
    const args = parseArgs(rest);
    const unknown = [...args.flags.keys()].filter((f) => !command.flags.includes(f));
    if (unknown.length) throw new UsageError(`Tùy chọn lạ / unknown option: --${unknown.join(', --')}`);
    await command.run(args, (line) => process.stdout.write(line + '\n'));
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof UsageError) return refuse(2, 'USAGE', err.message, `  ${command.usage}\n`);
    if (err instanceof InputError) {
      const message = err.message.split('\n')[0]!;
      if (!err.json) return refuse(1, err.code, message);
      // The command's own JSON answer for this refusal (e.g. import's outcome with the refused cell).
      process.stderr.write(message + '\n');
      if (json) process.stdout.write(JSON.stringify(err.json) + '\n');
      return 1;
    }
    return refuse(1, 'ERROR', `Lỗi / error: ${err instanceof Error ? err.message : String(err)}`);
  }
}

// The exit code is set, not forced: process.exit() right after a large write to a pipe cuts the output at the
// pipe's buffer (64 KiB), so Node is left to exit once stdout and stderr have drained.
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
