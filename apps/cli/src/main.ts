import { runCli } from './program.js';

// Exit codes are documented in docs/sdk-cli.md; the help of every command prints them.
process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
