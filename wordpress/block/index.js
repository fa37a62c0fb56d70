/**
 * The "Microneedling guide" block in the editor: a placeholder and the
 * guide's settings in the sidebar. The page itself is drawn by PHP
 * (Scarguide_Embed::render_block), the same element as the shortcode.
 * Plain JavaScript on WordPress's globals: nothing to build.
 */
( function ( blocks, element, blockEditor, components, i18n ) {
	'use strict';
	var el = element.createElement;
	var __ = i18n.__;

	blocks.registerBlockType( 'scarguide/guide', {
		edit: function ( props ) {
			var a = props.attributes;
			var set = function ( key ) {
				return function ( value ) {
					var change = {};
					change[ key ] = value;
					props.setAttributes( change );
				};
			};
			return el(
				'div',
				blockEditor.useBlockProps(),
				el(
					blockEditor.InspectorControls,
					null,
					el(
						components.PanelBody,
						{ title: __( 'Guide settings', 'scarguide' ) },
						el( components.SelectControl, {
							label: __( 'Opens at', 'scarguide' ),
							value: a.start,
							options: [
								{ label: __( 'The start screen', 'scarguide' ), value: '' },
								{ label: __( 'The quiz', 'scarguide' ), value: 'quiz' },
								{ label: __( 'The scar types', 'scarguide' ), value: 'scars' },
								{ label: __( 'The comparison', 'scarguide' ), value: 'compare' },
							],
							onChange: set( 'start' ),
						} ),
						el( components.SelectControl, {
							label: __( 'Colours', 'scarguide' ),
							value: a.theme,
							options: [
								{ label: __( 'Follow the visitor\'s setting', 'scarguide' ), value: '' },
								{ label: __( 'Light', 'scarguide' ), value: 'light' },
								{ label: __( 'Dark', 'scarguide' ), value: 'dark' },
							],
							onChange: set( 'theme' ),
						} ),
						el( components.TextControl, {
							label: __( 'Language', 'scarguide' ),
							help: __( 'Leave empty to follow the page\'s language, or write one your content has, such as "es".', 'scarguide' ),
							value: a.locale,
							onChange: set( 'locale' ),
						} ),
						el( components.ToggleControl, {
							label: __( 'Show in an iframe', 'scarguide' ),
							checked: a.frame,
							onChange: set( 'frame' ),
						} )
					)
				),
				el( components.Placeholder, {
					icon: 'welcome-learn-more',
					label: __( 'Microneedling guide', 'scarguide' ),
					instructions: __( 'The guide shows here on the published page. Its settings are in the sidebar; its words in Settings → Scarguide.', 'scarguide' ),
				} )
			);
		},
		save: function () {
			return null;
		},
	} );
} )( window.wp.blocks, window.wp.element, window.wp.blockEditor, window.wp.components, window.wp.i18n );
