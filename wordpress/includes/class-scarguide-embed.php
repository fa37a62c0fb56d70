<?php
/**
 * The guide on a page: the [scarguide] shortcode and the block print the
 * element (with the clinic's fallback inside), and enqueue the loader, with
 * defer, only on pages that show a guide.
 *
 * @package Scarguide
 */

defined( 'ABSPATH' ) || exit;

/**
 * Renders the guide's element and loads its script where it is used.
 */
class Scarguide_Embed {

	/** The loader's script handle. */
	const HANDLE = 'scarguide';

	/** How many guides this page has printed, for their ids. */
	private static $count = 0;

	/**
	 * Registers the loader, the shortcode and the block (on `init`).
	 */
	public static function register() {
		wp_register_script( self::HANDLE, plugins_url( 'widget/widget.js', SCARGUIDE_FILE ), array(), SCARGUIDE_VERSION, true );
		add_filter( 'script_loader_tag', array( __CLASS__, 'defer' ), 10, 2 );
		add_shortcode( 'scarguide', array( __CLASS__, 'shortcode' ) );
		register_block_type(
			dirname( SCARGUIDE_FILE ) . '/block',
			array( 'render_callback' => array( __CLASS__, 'render_block' ) )
		);
	}

	/**
	 * Adds `defer` to the loader's tag (WordPress 6.1 has no loading strategy).
	 *
	 * @param string $tag    The script tag.
	 * @param string $handle Its handle.
	 * @return string
	 */
	public static function defer( $tag, $handle ) {
		if ( self::HANDLE !== $handle || false !== strpos( $tag, ' defer' ) ) {
			return $tag;
		}
		return str_replace( ' src=', ' defer src=', $tag );
	}

	/**
	 * [scarguide start="quiz" locale="es" theme="dark" frame="yes" id="…"]
	 * Text between [scarguide] and [/scarguide] replaces the fallback.
	 *
	 * @param array|string $atts    The shortcode's attributes.
	 * @param string|null  $content Its enclosed text.
	 * @return string
	 */
	public static function shortcode( $atts, $content = null ) {
		$atts = shortcode_atts(
			array(
				'start'  => '',
				'locale' => '',
				'theme'  => '',
				'frame'  => '',
				'id'     => '',
				'events' => '',
			),
			$atts,
			'scarguide'
		);
		$atts['frame'] = in_array( strtolower( (string) $atts['frame'] ), array( '1', 'yes', 'true', 'on' ), true );
		return self::render( $atts, $content );
	}

	/**
	 * The block's output: the same element as the shortcode.
	 *
	 * @param array $attributes The block's settings.
	 * @return string
	 */
	public static function render_block( $attributes ) {
		$settings = array(
			'start'  => isset( $attributes['start'] ) ? $attributes['start'] : '',
			'locale' => isset( $attributes['locale'] ) ? $attributes['locale'] : '',
			'theme'  => isset( $attributes['theme'] ) ? $attributes['theme'] : '',
			'frame'  => ! empty( $attributes['frame'] ),
			'id'     => '',
			'events' => '',
		);
		return self::render( $settings, null );
	}

	/**
	 * The element, with only the settings that are valid.
	 *
	 * @param array       $settings start, locale, theme, frame, id, events.
	 * @param string|null $fallback What visitors see until the guide starts, and if it cannot.
	 * @return string
	 */
	private static function render( $settings, $fallback ) {
		wp_enqueue_script( self::HANDLE );
		++self::$count;
		$id = sanitize_html_class( (string) $settings['id'] );
		if ( '' === $id ) {
			$id = 1 === self::$count ? 'scarguide' : 'scarguide-' . self::$count;
		}

		$attributes = array( 'id' => $id );
		if ( in_array( $settings['start'], array( 'quiz', 'scars', 'compare' ), true ) ) {
			$attributes['data-start-view'] = $settings['start'];
		}
		if ( in_array( $settings['theme'], array( 'light', 'dark' ), true ) ) {
			$attributes['data-theme'] = $settings['theme'];
		}
		if ( preg_match( '/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$/', (string) $settings['locale'] ) ) {
			$attributes['data-locale'] = $settings['locale'];
		}
		if ( 'outcome' === $settings['events'] ) {
			$attributes['data-events'] = 'outcome';
		}
		$content = Scarguide_Content_Store::url();
		if ( '' !== $content ) {
			$attributes['data-content'] = $content;
		}

		$html = '<div data-scarguide';
		if ( ! empty( $settings['frame'] ) ) {
			$html .= ' data-frame';
		}
		foreach ( $attributes as $name => $value ) {
			$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
		$inside = null !== $fallback && '' !== trim( $fallback ) ? wp_kses_post( $fallback ) : self::fallback();
		// The start screen in the page's HTML: drawn with the page, at its
		// final size, so nothing below the guide moves when it starts.
		if ( empty( $settings['frame'] ) && ! isset( $attributes['data-start-view'] ) ) {
			$locale = isset( $attributes['data-locale'] ) ? $attributes['data-locale'] : get_locale();
			$inside = Scarguide_Content_Store::snippet( $locale ) . $inside;
		}
		return $html . '>' . $inside . '</div>';
	}

	/**
	 * The default fallback: the clinic's booking link from the live content.
	 *
	 * @return string
	 */
	private static function fallback() {
		$summary = Scarguide_Content_Store::summary();
		$booking = isset( $summary['booking_url'] ) ? $summary['booking_url'] : '';
		if ( '' === $booking ) {
			return '<p>' . esc_html__( 'Our microneedling guide could not start in this browser. Please contact the clinic for advice.', 'scarguide' ) . '</p>';
		}
		return '<p>' . esc_html__( 'Prefer to talk it through?', 'scarguide' ) . ' <a href="' . esc_url( $booking ) . '">' . esc_html__( 'Book a consultation', 'scarguide' ) . '</a></p>';
	}
}
