// nginx configurations around the shipped edge files, for the end-to-end tests and the benchmark:
// deploy/nginx/masthead-{http,server}.conf are included unchanged, with temporary folders of their own.
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

/** The shipped micro-cache in front of the app at 127.0.0.1:`app`, listening on `listen`. */
export function nginxEdgeConfig(dir: string, ports: { app: number; listen: number }): string {
  const deploy = path.join(root, "deploy/nginx");
  return `${common(dir)}
http {
  access_log off;
${temp(dir)}
  proxy_cache_path ${dir}/cache levels=1:2 keys_zone=masthead:16m max_size=1g inactive=10m use_temp_path=off;
  upstream masthead_app { server 127.0.0.1:${ports.app}; keepalive 64; }
  include ${deploy}/masthead-http.conf;
  server {
    listen 127.0.0.1:${ports.listen};
    include ${deploy}/masthead-server.conf;
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
