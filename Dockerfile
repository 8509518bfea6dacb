# The Meishi team server. Build: docker build -t meishi-server .
# Run on SQLite:  docker run -p 8787:8787 -v meishi-data:/data meishi-server
# With PostgreSQL: see compose.yaml.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
# Toolchain only for building better-sqlite3 when no prebuilt binary fits.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# Scripts are skipped (the extension's `wxt prepare` is not needed here); the native module is built explicitly.
RUN npm ci --ignore-scripts --no-audit --no-fund && npm rebuild better-sqlite3 && npm cache clean --force

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=8787 DATABASE_URL=/data/meishi.db LOG_LEVEL=info
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json tsconfig.json ./
COPY server ./server
COPY utils ./utils
# tsconfig.json extends the extension's generated config; the server needs none of it.
RUN mkdir -p .wxt /data && echo '{}' > .wxt/tsconfig.json && chown node:node /data
USER node
VOLUME /data
EXPOSE 8787
HEALTHCHECK --interval=30s --timeout=5s \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||8787)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# node is PID 1's child under `init: true` (compose) or --init (docker run): SIGTERM closes gracefully.
CMD ["node", "--import", "tsx", "server/cli.ts", "start"]
