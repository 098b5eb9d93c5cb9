import { createInterface } from 'node:readline';

/**
 * A password for a command-line tool: the environment variable if set, else one line typed at a prompt (not
 * echoed on a terminal), else one line piped on stdin. Empty when nothing was given.
 */
export async function askPassword(envName: string, prompt: string): Promise<string> {
  const fromEnv = process.env[envName];
  if (fromEnv) return fromEnv;
  const tty = process.stdin.isTTY === true;
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: tty });
  if (tty) {
    process.stderr.write(prompt);
    // Keep the typed characters off the screen.
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => undefined;
  }
  const line = await new Promise<string>((r) => rl.once('line', r).once('close', () => r('')));
  rl.close();
  if (tty) process.stderr.write('\n');
  return line;
}
