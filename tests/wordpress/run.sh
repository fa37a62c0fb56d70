#!/usr/bin/env bash
# Tests the WordPress plugin against a real WordPress, with no mocks:
# Debian's wordpress, php and mariadb-server packages (scripts/setup.sh
# installs them), a throwaway database and site in a temporary folder, PHP's
# own web server on loopback, and Playwright driving Chromium through the
# dashboard as an administrator would (tests/wordpress/wordpress.spec.mjs).
#
#   tests/wordpress/run.sh PLUGIN_ZIP
set -euo pipefail
plugin_zip="$(realpath "$1")"
root="$(cd "$(dirname "$0")/../.." && pwd)"
port="${SCARGUIDE_WP_PORT:-4283}"
work="$(mktemp -d /tmp/wordpress-test.XXXXXX)"
site="${work}/site"

stop() {
  # PHP's server runs workers: stop its whole process group.
  [ -f "${work}/php.pid" ] && kill -- "-$(cat "${work}/php.pid")" 2>/dev/null || true
  [ -f "${work}/db.pid" ] && kill "$(cat "${work}/db.pid")" 2>/dev/null || true
  if [ "${KEEP_WORDPRESS:-}" = 1 ]; then echo "WordPress kept in ${work}"; else rm -rf "${work}"; fi
}
trap stop EXIT

# Waits for a condition (a command that succeeds), up to 30 s.
wait_for() {
  for _ in $(seq 300); do "$@" >/dev/null 2>&1 && return 0; sleep 0.1; done
  echo "gave up waiting for: $*" >&2
  return 1
}

# The database: MariaDB in the temporary folder, on a socket only.
mariadb-install-db --user=root --datadir="${work}/db" --auth-root-authentication-method=normal \
  --skip-test-db >"${work}/db-install.log" 2>&1
mariadbd --user=root --datadir="${work}/db" --socket="${work}/db.sock" --skip-networking \
  --pid-file="${work}/db.pid" --log-error="${work}/db.log" &
wait_for test -S "${work}/db.sock"
mariadb --socket="${work}/db.sock" -uroot -e 'CREATE DATABASE wordpress CHARACTER SET utf8mb4'

# The site: Debian's WordPress files with a configuration of our own.
cp -R /usr/share/wordpress "${site}"
rm -f "${site}/wp-config.php" "${site}/.htaccess"
salt() { head -c 48 /dev/urandom | base64 | tr -d '\n/+='; }
cat >"${site}/wp-config.php" <<PHP
<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${work}/db.sock' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
define( 'AUTH_KEY', '$(salt)' );
define( 'SECURE_AUTH_KEY', '$(salt)' );
define( 'LOGGED_IN_KEY', '$(salt)' );
define( 'NONCE_KEY', '$(salt)' );
define( 'AUTH_SALT', '$(salt)' );
define( 'SECURE_AUTH_SALT', '$(salt)' );
define( 'LOGGED_IN_SALT', '$(salt)' );
define( 'NONCE_SALT', '$(salt)' );
\$table_prefix = 'wp_';
define( 'WP_HOME', 'http://127.0.0.1:${port}' );
define( 'WP_SITEURL', 'http://127.0.0.1:${port}' );
define( 'FS_METHOD', 'direct' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '${work}/debug.log' );
// No internet here: no update checks, no calls home.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'DISABLE_WP_CRON', true );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
PHP
php "${root}/tests/wordpress/wp.php" "${site}" install >/dev/null 2>"${work}/install.log" ||
  { cat "${work}/install.log" >&2; exit 1; }

# PHP's server, with room for the plugin upload and a few requests at once.
if curl -s -o /dev/null "http://127.0.0.1:${port}/"; then
  echo "Port ${port} is taken: stop what runs there, or set SCARGUIDE_WP_PORT." >&2
  exit 1
fi
PHP_CLI_SERVER_WORKERS=4 setsid php -d upload_max_filesize=16M -d post_max_size=16M \
  -S "127.0.0.1:${port}" -t "${site}" >"${work}/php.log" 2>&1 &
echo $! >"${work}/php.pid"
wait_for curl -sf "http://127.0.0.1:${port}/wp-login.php"

cd "${root}"
SCARGUIDE_WP_URL="http://127.0.0.1:${port}" SCARGUIDE_WP_SITE="${site}" SCARGUIDE_WP_PLUGIN="${plugin_zip}" \
  npx playwright test --config tests/wordpress/playwright.config.mjs || {
    echo "--- the plugin in WordPress's debug.log ---"; grep "wp-content/plugins/scarguide/" "${work}/debug.log" 2>/dev/null || true
    exit 1
  }
# WordPress 6.1 itself logs PHP 8.2 deprecations; the plugin must log nothing.
if grep "wp-content/plugins/scarguide/" "${work}/debug.log" 2>/dev/null; then
  echo "The plugin caused the PHP notices above (WP_DEBUG)." >&2
  exit 1
fi
