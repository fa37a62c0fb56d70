<?php
/**
 * Plugin Name:       Scarguide
 * Description:       A microneedling guide for your clinic's site: a candidacy quiz, acne scar types explained with diagrams, and treatments compared. It runs entirely in the visitor's browser; answers never leave their device.
 * Version:           0.0.0-dev
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            The Scarguide authors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       scarguide
 * Domain Path:       /languages
 *
 * The guide's files (widget/) are the release's own, served from this
 * plugin's folder: the same origin as the site, so no CORS or CSP work.
 * The clinic's content, uploaded on Settings → Scarguide, lives under
 * wp-content/uploads/scarguide/, where plugin updates never reach it.
 *
 * @package Scarguide
 */

defined( 'ABSPATH' ) || exit;

// scripts/package-release.mjs writes the release's version and the content
// format its widget reads into these two lines.
define( 'SCARGUIDE_VERSION', '0.0.0-dev' );
define( 'SCARGUIDE_CONTENT_FORMAT', 0 );
define( 'SCARGUIDE_FILE', __FILE__ );

require_once __DIR__ . '/includes/class-scarguide-content-store.php';
require_once __DIR__ . '/includes/class-scarguide-embed.php';
require_once __DIR__ . '/includes/class-scarguide-settings.php';

add_action( 'init', array( 'Scarguide_Embed', 'register' ) );
add_action(
	'init',
	function () {
		load_plugin_textdomain( 'scarguide', false, dirname( plugin_basename( SCARGUIDE_FILE ) ) . '/languages' );
	}
);

if ( is_admin() ) {
	Scarguide_Settings::hooks();
}
