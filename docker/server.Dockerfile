# syntax=docker/dockerfile:1
# The Production Canvas server (API + collab + the built web app), in two stages:
# build the workspace, then copy only the bundle and its production dependencies.
FROM node:20.20-bookworm-slim AS build
ENV PNPM_HOME=/pnpm PATH=/pnpm:$PATH TURBO_TELEMETRY_DISABLED=1
RUN npm install -g pnpm@12.21.0
WORKDIR /repo
COPY . .
# `pnpm deploy` copies @pc/server with its production node_modules (the bundle keeps npm
# packages external); the bundle and the web app are copied next to it.
RUN pnpm install --frozen-lockfile \
 && pnpm turbo run build --filter=@pc/server --filter=@pc/web \
 && pnpm deploy --filter=@pc/server --prod --legacy /out \
 && rm -rf /out/src \
 && cp -r apps/server/dist /out/dist \
 && mkdir -p /out/web && cp -r apps/web/dist /out/web/dist

FROM node:20.20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 WEB_DIST=/app/web/dist DATA_DIR=/data
WORKDIR /app
COPY --from=build --chown=root:root /out /app
RUN mkdir -p /data && chown node:node /data
# Never root: the app writes only to /data (embedded PGlite) and needs no privileged port.
USER node
EXPOSE 3000
# Liveness only: /readyz fails while the database is down, and a restart would not fix that.
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# SIGTERM reaches node directly (exec form): graceful shutdown within SHUTDOWN_DEADLINE_MS.
STOPSIGNAL SIGTERM
CMD ["node", "dist/main.js"]
