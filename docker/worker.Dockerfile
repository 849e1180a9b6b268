# syntax=docker/dockerfile:1
# The Function Runner (apps/worker): takes node jobs from BullMQ. Two stages, as the server's.
FROM node:20.20-bookworm-slim AS build
ENV PNPM_HOME=/pnpm PATH=/pnpm:$PATH TURBO_TELEMETRY_DISABLED=1
RUN npm install -g pnpm@12.21.0
WORKDIR /repo
COPY . .
RUN pnpm install --frozen-lockfile \
 && pnpm turbo run build --filter=@pc/worker \
 && pnpm deploy --filter=@pc/worker --prod --legacy /out \
 && rm -rf /out/src \
 && cp -r apps/worker/dist /out/dist

FROM node:20.20-bookworm-slim
# WORKER_PORT serves /healthz (Postgres and Redis answer) and, with METRICS_TOKEN, /metrics.
ENV NODE_ENV=production WORKER_PORT=9464 WORKER_HOST=0.0.0.0
WORKDIR /app
COPY --from=build --chown=root:root /out /app
USER node
EXPOSE 9464
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.WORKER_PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# On SIGTERM the worker stops taking jobs and hands back what is still running after
# WORKER_SHUTDOWN_DEADLINE_MS; compose's stop_grace_period is longer than that.
STOPSIGNAL SIGTERM
CMD ["node", "dist/main.js"]
