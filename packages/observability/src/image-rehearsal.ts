import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { homedir, userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { dockerignoreMatcher, expandEnv, parseDockerfile, type StageInstruction } from './dockerfile.js';

/*
 * Rehearses a docker/*.Dockerfile without a Docker engine: the build stage's RUN commands
 * run in a copy of the build context, the final stage's /app is assembled from
 * `COPY --from=build` only, and the build stage's directories are deleted afterwards, so
 * whatever the image would miss is missing here too. Absolute image paths are mapped to
 * directories under `root`. Test support only (deployment tests), never imported by an app.
 */

/** Image paths the Dockerfiles use, mapped to directories of the rehearsal. */
const IMAGE_PATHS = ['/repo', '/out', '/app', '/pnpm', '/data'] as const;

/** This machine's way to the registry (its CA, a proxy): what `docker build --build-arg` or the daemon would pass. */
const network = () =>
  Object.fromEntries(
    ['NODE_EXTRA_CA_CERTS', 'HTTPS_PROXY', 'HTTP_PROXY', 'NO_PROXY', 'https_proxy', 'http_proxy', 'no_proxy'].flatMap((name) => (process.env[name] ? [[name, process.env[name]!]] : [])),
  );

export interface RehearsedImage {
  /** The assembled /app. */
  appDir: string;
  /** The final stage's ENV (paths mapped), over PATH and HOME of this machine. */
  env: Record<string, string>;
  cmd: string[];
  healthcheck: string;
  stopSignal: string | undefined;
  user: string | undefined;
  /** Every RUN of both stages, as it ran here, with its seconds. */
  runs: { stage: string; command: string; seconds: number }[];
}

/** The build context as `docker build` sends it: the repository's tracked files minus .dockerignore. */
export function buildContextFiles(repo: string): string[] {
  const listed = spawnSync('git', ['ls-files', '-z'], { cwd: repo, encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  const ignored = dockerignoreMatcher(readFileSync(join(repo, '.dockerignore'), 'utf8').split('\n'));
  // A file deleted in the working tree but not yet from the index is not in the context either.
  return listed.stdout.split('\0').filter((path) => path !== '' && !ignored(path) && existsSync(join(repo, path)));
}

/** The nearest node_modules at or above `dir`, if any: Node resolves packages through every one. */
export function nodeModulesAbove(dir: string): string | undefined {
  for (let current = resolve(dir); ; current = dirname(current)) {
    if (existsSync(join(current, 'node_modules'))) return join(current, 'node_modules');
    if (dirname(current) === current) return undefined;
  }
}

export function rehearseImage(options: { repo: string; dockerfile: string; root: string; pnpmStore: string }): RehearsedImage {
  const { repo, root } = options;
  const mapped = Object.fromEntries(IMAGE_PATHS.map((path) => [path, join(root, path.slice(1))]));
  const mapPaths = (text: string) =>
    text.replace(/(^|[\s=:'"])(\/(?:repo|out|app|pnpm|data))(?=$|[/\s:'"])/g, (_, before: string, path: string) => before + mapped[path]);
  // `chown node:node` (the image's unprivileged user) becomes the user running the rehearsal.
  const group = spawnSync('id', ['-gn'], { encoding: 'utf8' }).stdout.trim();
  const mapUsers = (command: string) => command.replace(/\bchown node:node\b/g, `chown ${userInfo().username}:${group}`);

  const stages = parseDockerfile(readFileSync(options.dockerfile, 'utf8'));
  if (stages.length !== 2 || stages[0]!.alias !== 'build') throw new Error('expected two stages: "build", then the image');
  // npm install -g lands in the image's /usr/local; here in the rehearsal's own prefix, first on PATH.
  const globalPrefix = join(root, 'usr-local');
  // A PATH like the node image's: node and npm, the system, nothing of the repository (no node_modules/.bin).
  const systemPath = `${dirname(process.execPath)}:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`;
  const base = { PATH: `${join(globalPrefix, 'bin')}:${systemPath}`, HOME: join(root, 'home') };
  mkdirSync(base.HOME, { recursive: true });
  const runs: RehearsedImage['runs'] = [];
  const stageNames = ['build', 'image'] as const;
  const finals: { env: Record<string, string>; cwd: string; instructions: StageInstruction[] }[] = [];

  for (const [index, stage] of stages.entries()) {
    // The image starts from the base image again: the build stage's global pnpm is not on its PATH.
    const env: Record<string, string> = index === 0 ? { ...base } : { PATH: systemPath, HOME: base.HOME };
    let cwd = root;
    for (const step of stage.instructions) {
      switch (step.kind) {
        case 'ENV': {
          const before = { ...env };
          for (const [name, value] of step.vars) env[name] = mapPaths(expandEnv(value, before));
          break;
        }
        case 'WORKDIR':
          cwd = mapPaths(step.path);
          mkdirSync(cwd, { recursive: true });
          break;
        case 'COPY': {
          const destination = resolve(cwd, mapPaths(step.destination));
          if (step.from === undefined) {
            if (step.sources.join(' ') !== '.') throw new Error(`COPY from the context: only "COPY . ." is rehearsed, not ${step.sources.join(' ')}`);
            for (const file of buildContextFiles(repo)) cpSync(join(repo, file), join(destination, file), { verbatimSymlinks: true });
          } else {
            if (step.from !== 'build') throw new Error(`COPY --from=${step.from}: only the build stage is known`);
            // Moved, not copied: the build stage is deleted next anyway, and the deployed tree is hundreds of MB.
            for (const source of step.sources) {
              if (existsSync(destination) && readdirSync(destination).length === 0) rmdirSync(destination);
              if (existsSync(destination)) throw new Error(`COPY --from into a non-empty ${step.destination} is not rehearsed`);
              renameSync(mapPaths(source), destination);
            }
          }
          break;
        }
        case 'RUN': {
          const command = mapUsers(mapPaths(step.command));
          const started = Date.now();
          const result = spawnSync('sh', ['-c', command], {
            cwd,
            encoding: 'utf8',
            maxBuffer: 64 * 1024 * 1024,
            // The pnpm store of this machine, read offline: the same packages the lockfile names, without the download.
            env: { ...env, ...network(), npm_config_cache: join(homedir(), '.npm'), NPM_CONFIG_PREFIX: globalPrefix, npm_config_store_dir: options.pnpmStore, pnpm_config_store_dir: options.pnpmStore, npm_config_prefer_offline: 'true', CI: 'true' },
          });
          runs.push({ stage: stageNames[index]!, command, seconds: (Date.now() - started) / 1000 });
          if (result.status !== 0) throw new Error(`RUN failed (exit ${result.status}): ${command}\n${(result.stdout + result.stderr).slice(-6000)}`);
          break;
        }
        case 'USER':
        case 'EXPOSE':
        case 'STOPSIGNAL':
        case 'HEALTHCHECK':
        case 'CMD':
          break;
        default: {
          const unknown: never = step;
          throw new Error(`not rehearsed: ${JSON.stringify(unknown)}`);
        }
      }
    }
    finals.push({ env, cwd, instructions: stage.instructions });
  }
  // The build stage is gone once the image is assembled: nothing may point back into it.
  for (const path of [mapped['/repo']!, mapped['/out']!, mapped['/pnpm']!, globalPrefix]) rmSync(path, { recursive: true, force: true });

  const image = finals[1]!;
  const last = <K extends StageInstruction['kind']>(kind: K) => image.instructions.filter((step): step is Extract<StageInstruction, { kind: K }> => step.kind === kind).at(-1);
  const cmd = last('CMD');
  const healthcheck = last('HEALTHCHECK');
  if (!cmd || !healthcheck) throw new Error('the image needs a CMD and a HEALTHCHECK');
  if (image.cwd !== mapped['/app']) throw new Error(`the image's WORKDIR is ${image.cwd}, not /app`);
  return { appDir: image.cwd, env: image.env, cmd: cmd.argv, healthcheck: healthcheck.command, stopSignal: last('STOPSIGNAL')?.signal, user: last('USER')?.user, runs };
}
