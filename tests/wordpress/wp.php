<?php
/**
 * Test helper: runs one WordPress task from the command line.
 *
 *   php tests/wordpress/wp.php SITE install
 *   php tests/wordpress/wp.php SITE page TITLE CONTENT   (prints the page's URL)
 *   php tests/wordpress/wp.php SITE option NAME          (prints it as JSON)
 *
 * @package Scarguide
 */

list( , $site, $task ) = $argv;
$_SERVER['HTTP_HOST'] = parse_url( 'http://127.0.0.1', PHP_URL_HOST );
if ( 'install' === $task ) {
	define( 'WP_INSTALLING', true );
}
require $site . '/wp-load.php';

switch ( $task ) {
	case 'install':
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		wp_install( 'Lumen Skin Studio', 'admin', 'admin@example.com', false, '', 'scarguide-admin-password' );
		update_option( 'permalink_structure', '' );
		echo "installed\n";
		break;
	case 'page':
		$id = wp_insert_post(
			array(
				'post_type'    => 'page',
				'post_status'  => 'publish',
				'post_title'   => $argv[3],
				'post_content' => $argv[4],
			),
			true
		);
		if ( is_wp_error( $id ) ) {
			fwrite( STDERR, $id->get_error_message() . "\n" );
			exit( 1 );
		}
		echo get_permalink( $id ) . "\n";
		break;
	case 'option':
		echo wp_json_encode( get_option( $argv[3] ) ) . "\n";
		break;
	default:
		fwrite( STDERR, "unknown task $task\n" );
		exit( 2 );
}
