<?php
/**
 * The block editor script's dependencies (WordPress reads this file).
 *
 * @package Scarguide
 */

return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
	'version'      => '1',
);
