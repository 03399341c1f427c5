import {spawn} from 'node:child_process';

/**
 * Runs a command to its end. Its output is shown as it runs with `show`;
 * otherwise only its error output is kept, for the error when it fails.
 */
export function run(
  command: string,
  args: readonly string[],
  {cwd, show = false}: {cwd?: string; show?: boolean} = {},
): Promise<void> {
  const child = spawn(command, args, {cwd, stdio: ['ignore', show ? 'inherit' : 'ignore', show ? 'inherit' : 'pipe']});
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(' ')} exited with ${code}${stderr && `:\n${stderr}`}`)),
    );
  });
}
