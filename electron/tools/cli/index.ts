import { commands } from './commands';
import { InputError, parseArgs, UsageError } from './cli-kit';

/**
 * `npm run cli -- <command> …`: the app's backend without Electron.
 * Exit codes: 0 success, 1 bad input (one line on stderr), 2 usage error.
 */
async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const usage = () =>
    ['Cách dùng / usage: npm run cli -- <lệnh>', ...commands.map((c) => `  ${c.usage}`)].join('\n');
  const command = commands.find((c) => c.name === name);
  if (!command) {
    process.stderr.write((name ? `Lệnh không tồn tại / unknown command: ${name}\n` : '') + usage() + '\n');
    return 2;
  }
  try {
    const args = parseArgs(rest);
    const unknown = [...args.flags.keys()].filter((f) => !command.flags.includes(f));
    if (unknown.length) throw new UsageError(`Tùy chọn lạ / unknown option: --${unknown.join(', --')}`);
    await command.run(args, (line) => process.stdout.write(line + '\n'));
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`${err.message}\n  ${command.usage}\n`);
      return 2;
    }
    if (err instanceof InputError) {
      process.stderr.write(err.message.split('\n')[0] + '\n');
      return 1;
    }
    process.stderr.write(`Lỗi / error: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

void main(process.argv.slice(2)).then((code) => process.exit(code));
