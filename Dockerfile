# The explorer (GraphQL API + client) as one image. Used by docker-compose.yml with Neo4j; runs on the embedded store
# when NEO4J_URI is not set.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY schema/package.json schema/
COPY graph-seed/package.json graph-seed/
COPY server/package.json server/
COPY client/package.json client/
RUN npm ci
COPY . .
# The client is built here, with the dev dependencies (vite) still present; the runtime image only serves it.
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY --from=build --chown=node:node /app /app
# Imported documents are kept here (CASCADE_DATA_DIR): at start the alignment is rebuilt from the corpus and these
# texts, Neo4j or not. Owned by node so a named volume mounted here starts writable.
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
EXPOSE 4000
# `serve`, not `start`: start rebuilds the client, which needs the dev dependencies pruned above.
CMD ["npm", "run", "serve"]
