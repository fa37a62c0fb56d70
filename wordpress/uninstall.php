<?php
/**
 * Runs when an administrator deletes the plugin: removes its one option.
 *
 * It leaves the clinic's uploaded content in wp-content/uploads/scarguide/
 * (the settings page says so before it happens): it is the clinic's own
 * work, and deleting uploads is not a plugin's call. Remove that folder by
 * hand if it is no longer wanted.
 *
 * @package Scarguide
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'scarguide_content' );
