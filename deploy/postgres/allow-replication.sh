#!/bin/bash
# Run once by the postgres image's entrypoint on a new cluster: the standby (compose.yaml) connects as the
# application's owner for replication, with a password, from the compose network only.
set -euo pipefail
echo "host replication ${POSTGRES_USER} samenet scram-sha-256" >> "${PGDATA}/pg_hba.conf"
