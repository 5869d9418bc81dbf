vcl 4.1;
# Masthead behind Varnish (Debian: apt-get install varnish varnish-modules): a cache that keeps public
# pages for long and is purged by surrogate key. Set CACHE_PURGE_URLS=http://<varnish>/ on every app
# server: after each change the app sends `PURGE /` with `Surrogate-Key: <keys>`, and this file drops
# every stored response tagged with any of them (vmod xkey). Responses say how long they may be kept in
# `Surrogate-Control` (CACHE_PURGE_MAX_AGE), which only purged caches read.

import std;
import xkey;

backend masthead {
    .host = "127.0.0.1";
    .port = "3000";
}

# Who may purge: the app servers.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (!req.http.Surrogate-Key) {
            return (synth(400, "Surrogate-Key required"));
        }
        set req.http.X-Purged = xkey.purge(req.http.Surrogate-Key);
        return (synth(200, "Purged " + req.http.X-Purged));
    }
    # Staff, machines and signed-in editors go straight through.
    if (req.url ~ "^/(admin|api|login|preview)(/|$|\?)" || req.http.Cookie ~ "(^|;\s*)(__Host-)?masthead\.session=") {
        return (pass);
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Public pages are the same for everyone: cookies (analytics, consent) must not split the cache.
    unset req.http.Cookie;
    if (req.http.Accept-Encoding ~ "gzip") {
        set req.http.Accept-Encoding = "gzip";
    } else {
        unset req.http.Accept-Encoding;
    }
    return (hash);
}

sub vcl_backend_response {
    if (beresp.http.Surrogate-Key) {
        set beresp.http.xkey = beresp.http.Surrogate-Key;
    }
    if (beresp.http.Surrogate-Control ~ "max-age=\d+") {
        set beresp.ttl = std.duration(regsub(beresp.http.Surrogate-Control, ".*max-age=(\d+).*", "\1s"), 0s);
        set beresp.grace = 1d;
        unset beresp.http.Surrogate-Control;
    }
    return (deliver);
}

sub vcl_deliver {
    unset resp.http.xkey;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
