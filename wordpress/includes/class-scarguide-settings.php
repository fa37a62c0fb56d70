<?php
/**
 * Settings → Scarguide: which content is live, uploading the Content
 * Studio's export, going back to the default, and how to show the guide.
 *
 * @package Scarguide
 */

defined( 'ABSPATH' ) || exit;

/**
 * The settings page and its two actions (upload, reset).
 */
class Scarguide_Settings {

	/** The page's slug (options-general.php?page=scarguide). */
	const PAGE = 'scarguide';

	/**
	 * Hooks the page, its actions and the Plugins screen's "Settings" link.
	 */
	public static function hooks() {
		add_action( 'admin_menu', array( __CLASS__, 'menu' ) );
		add_action( 'admin_post_scarguide_upload', array( __CLASS__, 'upload' ) );
		add_action( 'admin_post_scarguide_reset', array( __CLASS__, 'reset' ) );
		add_filter( 'plugin_action_links_' . plugin_basename( SCARGUIDE_FILE ), array( __CLASS__, 'action_links' ) );
	}

	/**
	 * Adds Settings → Scarguide.
	 */
	public static function menu() {
		add_options_page(
			__( 'Scarguide', 'scarguide' ),
			__( 'Scarguide', 'scarguide' ),
			'manage_options',
			self::PAGE,
			array( __CLASS__, 'render' )
		);
	}

	/**
	 * A "Settings" link beside "Deactivate".
	 *
	 * @param string[] $links The plugin's links.
	 * @return string[]
	 */
	public static function action_links( $links ) {
		array_unshift( $links, '<a href="' . esc_url( self::page_url() ) . '">' . esc_html__( 'Settings', 'scarguide' ) . '</a>' );
		return $links;
	}

	/**
	 * Handles the upload form: capability, nonce, then the content store.
	 */
	public static function upload() {
		if ( ! current_user_can( 'manage_options' ) ) {
			wp_die( esc_html__( 'You are not allowed to change the guide\'s content.', 'scarguide' ), 403 );
		}
		check_admin_referer( 'scarguide_upload' );
		// phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- a file upload: its path and size are checked below.
		$file = isset( $_FILES['scarguide_zip'] ) && is_array( $_FILES['scarguide_zip'] ) ? $_FILES['scarguide_zip'] : null;
		if ( ! $file || ! empty( $file['error'] ) || ! is_uploaded_file( $file['tmp_name'] ) ) {
			$too_big = $file && in_array( (int) $file['error'], array( UPLOAD_ERR_INI_SIZE, UPLOAD_ERR_FORM_SIZE ), true );
			self::finish(
				'error',
				$too_big
					? __( 'The file is larger than this server accepts. A Content Studio export is far smaller: upload the scarguide-content.zip it gives.', 'scarguide' )
					: __( 'No file arrived. Choose the scarguide-content.zip that the Content Studio exported, then upload it.', 'scarguide' )
			);
		}
		$result = Scarguide_Content_Store::install( $file['tmp_name'], (int) $file['size'] );
		if ( is_wp_error( $result ) ) {
			self::finish( 'error', $result->get_error_message() );
		}
		self::finish(
			'success',
			sprintf(
				/* translators: %s: the languages the content has, such as "en, es". */
				__( 'Your content is live, in %s. Pages with the guide show it from now on.', 'scarguide' ),
				implode( ', ', $result['locales'] )
			)
		);
	}

	/**
	 * Handles "Go back to the default content".
	 */
	public static function reset() {
		if ( ! current_user_can( 'manage_options' ) ) {
			wp_die( esc_html__( 'You are not allowed to change the guide\'s content.', 'scarguide' ), 403 );
		}
		check_admin_referer( 'scarguide_reset' );
		Scarguide_Content_Store::reset();
		self::finish( 'success', __( 'The guide shows the content that comes with the plugin again. Your uploaded content was removed.', 'scarguide' ) );
	}

	/**
	 * Keeps the message for the page and goes back to it.
	 *
	 * @param string $type    "success" or "error".
	 * @param string $message What happened.
	 */
	private static function finish( $type, $message ) {
		set_transient( 'scarguide_notice_' . get_current_user_id(), array( $type, $message ), 5 * MINUTE_IN_SECONDS );
		wp_safe_redirect( self::page_url() );
		exit;
	}

	/**
	 * The settings page's address.
	 *
	 * @return string
	 */
	private static function page_url() {
		return admin_url( 'options-general.php?page=' . self::PAGE );
	}

	/**
	 * Prints the page.
	 */
	public static function render() {
		if ( ! current_user_can( 'manage_options' ) ) {
			return;
		}
		$notice = get_transient( 'scarguide_notice_' . get_current_user_id() );
		delete_transient( 'scarguide_notice_' . get_current_user_id() );
		$uploaded = Scarguide_Content_Store::uploaded();
		$summary  = Scarguide_Content_Store::summary();
		$studio   = plugins_url( 'widget/studio.html', SCARGUIDE_FILE );
		?>
		<div class="wrap">
			<h1><?php esc_html_e( 'Scarguide', 'scarguide' ); ?></h1>
			<?php if ( is_array( $notice ) ) : ?>
				<div id="scarguide-notice" class="notice notice-<?php echo 'error' === $notice[0] ? 'error' : 'success'; ?>" role="alert"><p><?php echo esc_html( $notice[1] ); ?></p></div>
			<?php endif; ?>

			<h2><?php esc_html_e( 'The content visitors see', 'scarguide' ); ?></h2>
			<table class="form-table" role="presentation" id="scarguide-live">
				<tr>
					<th scope="row"><?php esc_html_e( 'Content', 'scarguide' ); ?></th>
					<td>
						<?php
						if ( $uploaded ) {
							printf(
								/* translators: 1: date and time of the upload. */
								esc_html__( 'Your own, uploaded %1$s.', 'scarguide' ),
								esc_html( wp_date( get_option( 'date_format' ) . ' ' . get_option( 'time_format' ), (int) $uploaded['uploaded'] ) )
							);
						} else {
							esc_html_e( 'The example content that comes with the plugin (a fictional clinic). Replace it with your own below.', 'scarguide' );
						}
						?>
					</td>
				</tr>
				<tr>
					<th scope="row"><?php esc_html_e( 'Clinic', 'scarguide' ); ?></th>
					<td><?php echo esc_html( isset( $summary['clinic'] ) ? $summary['clinic'] : '' ); ?></td>
				</tr>
				<tr>
					<th scope="row"><?php esc_html_e( 'Languages', 'scarguide' ); ?></th>
					<td><?php echo esc_html( isset( $summary['locales'] ) ? implode( ', ', $summary['locales'] ) : '' ); ?></td>
				</tr>
				<tr>
					<th scope="row"><?php esc_html_e( 'Versions', 'scarguide' ); ?></th>
					<td>
						<?php
						printf(
							/* translators: 1: the plugin's version, 2: the content format it reads. */
							esc_html__( 'Scarguide %1$s, reading content format %2$d.', 'scarguide' ),
							esc_html( SCARGUIDE_VERSION ),
							(int) SCARGUIDE_CONTENT_FORMAT
						);
						?>
					</td>
				</tr>
			</table>

			<h2><?php esc_html_e( 'Change the words, prices and colours', 'scarguide' ); ?></h2>
			<ol>
				<li>
					<?php
					printf(
						/* translators: %s: a link to the Content Studio. */
						esc_html__( 'Open the %s (it opens in a new tab, and works offline if you save it). The first time, it starts from the example content; later, open the zip you exported last time.', 'scarguide' ),
						'<a href="' . esc_url( $studio ) . '" target="_blank" rel="noopener" id="scarguide-studio">' . esc_html__( 'Content Studio', 'scarguide' ) . '</a>'
					);
					?>
				</li>
				<li><?php esc_html_e( 'Edit, check the preview, then choose Export for website. Keep the scarguide-content.zip it gives: your next edit starts from it.', 'scarguide' ); ?></li>
				<li><?php esc_html_e( 'Upload that zip here.', 'scarguide' ); ?></li>
			</ol>
			<form method="post" action="<?php echo esc_url( admin_url( 'admin-post.php' ) ); ?>" enctype="multipart/form-data" id="scarguide-upload">
				<input type="hidden" name="action" value="scarguide_upload" />
				<?php wp_nonce_field( 'scarguide_upload' ); ?>
				<p>
					<label for="scarguide-zip"><?php esc_html_e( 'Content Studio export (scarguide-content.zip)', 'scarguide' ); ?></label><br />
					<input type="file" id="scarguide-zip" name="scarguide_zip" accept=".zip,application/zip" required />
				</p>
				<?php submit_button( __( 'Upload and publish', 'scarguide' ), 'primary', 'submit', false ); ?>
			</form>
			<p class="description">
				<?php esc_html_e( 'The zip is checked before anything changes: a zip that is not a Content Studio export, or was made for another version of the guide, is refused with the reason. Your content is kept in wp-content/uploads/scarguide/, so updating the plugin never overwrites it.', 'scarguide' ); ?>
			</p>
			<?php if ( $uploaded ) : ?>
				<form method="post" action="<?php echo esc_url( admin_url( 'admin-post.php' ) ); ?>" id="scarguide-reset">
					<input type="hidden" name="action" value="scarguide_reset" />
					<?php wp_nonce_field( 'scarguide_reset' ); ?>
					<?php submit_button( __( 'Go back to the example content', 'scarguide' ), 'secondary', 'submit', false ); ?>
				</form>
			<?php endif; ?>

			<h2><?php esc_html_e( 'Show the guide on a page', 'scarguide' ); ?></h2>
			<p><?php esc_html_e( 'In the block editor, add the "Microneedling guide" block. Elsewhere, write the shortcode:', 'scarguide' ); ?></p>
			<p><code>[scarguide]</code> &nbsp; <code>[scarguide start="quiz"]</code> &nbsp; <code>[scarguide locale="es" theme="dark"]</code> &nbsp; <code>[scarguide frame="yes"]</code></p>
			<p class="description">
				<?php esc_html_e( 'start: quiz, scars or compare (the screen it opens at). locale: a language of your content. theme: light or dark. frame: yes puts the guide in an iframe. Text between [scarguide] and [/scarguide] replaces what visitors see while it loads; by default that is your booking link. The guide\'s script loads only on pages that show it.', 'scarguide' ); ?>
			</p>

			<h2><?php esc_html_e( 'Removing the plugin', 'scarguide' ); ?></h2>
			<p class="description">
				<?php esc_html_e( 'Deleting the plugin removes its setting but leaves your uploaded content in wp-content/uploads/scarguide/. Delete that folder yourself if you no longer want it.', 'scarguide' ); ?>
			</p>
		</div>
		<?php
	}
}
