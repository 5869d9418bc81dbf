// The edge caches in front of the server under test, from the files Masthead ships: nginx with
// deploy/nginx/masthead-{http,server}.conf included unchanged, and Varnish with deploy/varnish/
// masthead.vcl (only its backend port changed). The app sends its purges to that Varnish.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { nginxEdgeConfig } from "../../scripts/edge-config";

const root = path.resolve(import.meta.dirname, "../..");

export interface EdgePorts {
  app: number;
  nginx: number;
  varnish: number;
}

const which = (command: string) => spawnSync("sh", ["-c", `command -v ${command}`]).status === 0;

/** Starts nginx and Varnish (those that are installed) and returns a function that stops them. */
export function startEdges(dir: string, ports: EdgePorts): () => void {
  mkdirSync(dir, { recursive: true });
  const children: ChildProcess[] = [];
  if (which("nginx")) {
    writeFileSync(path.join(dir, "nginx.conf"), nginxEdgeConfig(dir, { app: ports.app, listen: ports.nginx }));
    children.push(spawn("nginx", ["-c", path.join(dir, "nginx.conf"), "-p", dir], { stdio: "inherit" }));
  } else {
    console.error("nginx is not installed (Debian: apt-get install nginx-light): the edge-cache tests will fail.");
  }
  const varnishd = ["/usr/sbin/varnishd", "/usr/local/sbin/varnishd"].find((candidate) => existsSync(candidate));
  if (varnishd) {
    const vcl = readFileSync(path.join(root, "deploy/varnish/masthead.vcl"), "utf8").replace(
      /\.port = "\d+";/,
      `.port = "${ports.app}";`,
    );
    writeFileSync(path.join(dir, "masthead.vcl"), vcl);
    // -F: in the foreground, so it stops with us; -j none: no privilege separation in a test.
    const args = ["-F", "-j", "none", "-a", `127.0.0.1:${ports.varnish}`, "-f", path.join(dir, "masthead.vcl")];
    children.push(spawn(varnishd, [...args, "-n", path.join(dir, "varnish"), "-s", "malloc,64m"], { stdio: "ignore" }));
  } else {
    console.error(
      "Varnish is not installed (Debian: apt-get install varnish varnish-modules): the purge test will fail.",
    );
  }
  return () => {
    for (const child of children) child.kill("SIGTERM");
  };
}
