// nginx configurations around the shipped edge files, for the end-to-end tests and the benchmark:
// deploy/nginx/masthead-{http,server}.conf are included unchanged, with temporary folders of their own;
// only the views log's path is moved into that folder (a copy of masthead-server.conf), or turned off.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");

function common(dir: string): string {
  // As root (CI), workers would run as nobody and could not write the cache under a private folder.
  const user = process.getuid?.() === 0 ? "user root;\n" : "";
  return `${user}daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }`;
}

const temp = (dir: string) =>
  ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((kind) => `  ${kind}_temp_path ${dir}/${kind};`).join("\n");

const SHIPPED_VIEWS_LOG = "/var/log/nginx/masthead-views.log";

/** Where the edge started by nginxEdgeConfig(dir, …) writes its views log. */
export const edgeViewsLog = (dir: string): string => path.join(dir, "masthead-views.log");

/** masthead-server.conf with the views log in `dir` (or without it), written into `dir`. */
function serverConf(dir: string, viewsLog: boolean): string {
  const shipped = readFileSync(path.join(root, "deploy/nginx/masthead-server.conf"), "utf8");
  const line = shipped.split("\n").find((l) => l.includes(SHIPPED_VIEWS_LOG));
  if (!line) throw new Error(`deploy/nginx/masthead-server.conf no longer logs views to ${SHIPPED_VIEWS_LOG}`);
  const copy = viewsLog
    ? shipped.replace(SHIPPED_VIEWS_LOG, edgeViewsLog(dir))
    : shipped.replace(line, "    access_log off;");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "masthead-server.conf");
  writeFileSync(file, copy);
  return file;
}

/**
 * The shipped micro-cache in front of the app at 127.0.0.1:`app` (or several app servers, as
 * deploy/nginx/compose.conf balances them), listening on `listen`; its views log is edgeViewsLog(dir),
 * unless `viewsLog: false`.
 */
export function nginxEdgeConfig(
  dir: string,
  ports: { app: number | number[]; listen: number; viewsLog?: boolean },
): string {
  const deploy = path.join(root, "deploy/nginx");
  const server = serverConf(dir, ports.viewsLog ?? true);
  const apps = typeof ports.app === "number" ? [ports.app] : ports.app;
  // One server is never marked failed (there is no other to try); of several, a refusing one is left
  // out for a second while the others answer.
  const servers = apps
    .map((port) => `server 127.0.0.1:${port}${apps.length > 1 ? " max_fails=1 fail_timeout=1s" : ""};`)
    .join(" ");
  return `${common(dir)}
http {
  access_log off;
${temp(dir)}
  proxy_cache_path ${dir}/cache levels=1:2 keys_zone=masthead:16m max_size=1g inactive=10m use_temp_path=off;
  upstream masthead_app { ${servers} keepalive 64; }
  include ${deploy}/masthead-http.conf;
  server {
    listen 127.0.0.1:${ports.listen};
    include ${server};
  }
}
`;
}

/** Files served as fast as nginx serves anything: the physical limit the benchmark compares with. */
export function nginxStaticConfig(dir: string, ports: { listen: number; root: string }): string {
  return `${common(dir)}
http {
  access_log off;
${temp(dir)}
  sendfile on;
  tcp_nopush on;
  open_file_cache max=1000 inactive=60s;
  open_file_cache_valid 60s;
  default_type text/html;
  server {
    listen 127.0.0.1:${ports.listen};
    root ${ports.root};
  }
}
`;
}
