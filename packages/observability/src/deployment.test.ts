import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createMetrics } from './metrics.js';

/*
 * docker/: the compose file, the Prometheus config and alert rules, and the Grafana
 * dashboard stay valid and in step with the metrics this package defines.
 */

const docker = fileURLToPath(new URL('../../../docker/', import.meta.url));
const has = (binary: string) => spawnSync('sh', ['-c', `command -v ${binary}`]).status === 0;
const run = (command: string, args: string[], env: NodeJS.ProcessEnv = process.env) => spawnSync(command, args, { encoding: 'utf8', env });

describe('docker/ deployment files', () => {
  const work = mkdtempSync(join(tmpdir(), 'pc-prometheus-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it.skipIf(!has('promtool'))('alert rules pass promtool check rules', () => {
    const result = run('promtool', ['check', 'rules', join(docker, 'prometheus/alerts.yml')]);
    expect(result.stdout + result.stderr).toContain('SUCCESS: 7 rules found');
    expect(result.status).toBe(0);
  });

  it.skipIf(!has('promtool'))('alert rules fire when they should (promtool test rules)', () => {
    const result = run('promtool', ['test', 'rules', join(docker, 'prometheus/alerts.test.yml')]);
    expect(result.stdout + result.stderr).toContain('SUCCESS');
    expect(result.status).toBe(0);
  });

  it.skipIf(!has('promtool'))('the scrape config passes promtool check config', () => {
    // The container writes the token file at start; here a temporary one stands in for it.
    const config = readFileSync(join(docker, 'prometheus/prometheus.yml'), 'utf8');
    expect(config).toContain('credentials_file: /prometheus/metrics-token');
    writeFileSync(join(work, 'metrics-token'), 'a-token-for-promtool-only');
    writeFileSync(join(work, 'prometheus.yml'), config.replaceAll('/prometheus/metrics-token', join(work, 'metrics-token')));
    copyFileSync(join(docker, 'prometheus/alerts.yml'), join(work, 'alerts.yml'));
    const result = run('promtool', ['check', 'config', join(work, 'prometheus.yml')]);
    expect(result.stdout + result.stderr).toContain('SUCCESS');
    expect(result.status).toBe(0);
  });

  it.skipIf(!has('docker-compose'))('compose.yaml passes docker-compose config, with and without the .env values', () => {
    const { METRICS_TOKEN: _token, POSTGRES_PASSWORD: _password, ...bare } = process.env;
    const plain = run('docker-compose', ['-f', join(docker, 'compose.yaml'), 'config', '-q'], bare);
    expect(plain.stderr).toBe('');
    expect(plain.status).toBe(0);
    const resolved = run('docker-compose', ['-f', join(docker, 'compose.yaml'), 'config'], { ...bare, METRICS_TOKEN: 'metrics-token-0123456789', POSTGRES_PASSWORD: 's3cret' });
    expect(resolved.status).toBe(0);
    // Two server replicas, scalable workers, and both see the token.
    expect(resolved.stdout).toMatch(/server-a:/);
    expect(resolved.stdout).toMatch(/server-b:/);
    expect(resolved.stdout).toMatch(/replicas: 2/);
    expect(resolved.stdout.match(/METRICS_TOKEN: metrics-token-0123456789/g)?.length).toBe(4);
  });

  it('the dashboard and the alert rules use only metrics that exist, and the dashboard shows every one', async () => {
    const { body } = await createMetrics({ service: 'server' }).scrape();
    const defined = new Set([...body.matchAll(/^# TYPE (\S+) (\w+)/gm)].flatMap(([, name, type]) => (type === 'histogram' ? [`${name}_bucket`, `${name}_sum`, `${name}_count`] : [name!])));
    const ours = [...defined].filter((name) => name.startsWith('pc_'));
    const dashboard = readFileSync(join(docker, 'grafana/dashboards/production-canvas.json'), 'utf8');
    const alerts = readFileSync(join(docker, 'prometheus/alerts.yml'), 'utf8');
    const referenced = (text: string) => new Set([...text.matchAll(/\b((?:pc|nodejs|process)_[a-z0-9_]+)\b/g)].map((match) => match[1]!));
    for (const name of [...referenced(dashboard), ...referenced(alerts)]) expect(defined, `${name} is not a metric`).toContain(name);
    const shown = referenced(dashboard);
    for (const name of ours) {
      const family = name.replace(/_(bucket|sum|count)$/, '');
      expect([...shown].some((used) => used.startsWith(family)), `${family} is not on the dashboard`).toBe(true);
    }
  });
});
