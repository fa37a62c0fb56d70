<?php
/**
 * The guide's content: the default that ships in widget/content/, or the
 * clinic's own, uploaded as the Content Studio's export and kept under
 * wp-content/uploads/scarguide/ so that plugin updates never overwrite it.
 *
 * @package Scarguide
 */

defined( 'ABSPATH' ) || exit;

/**
 * Checks, installs and describes the content the guide shows.
 */
class Scarguide_Content_Store {

	/** The option that says which uploaded content is live. */
	const OPTION = 'scarguide_content';

	/** Largest zip accepted: a Studio export is about 200 KB. */
	const MAX_ZIP_BYTES = 5242880;

	/** Most files and bytes a content folder may unpack to. */
	const MAX_FILES       = 400;
	const MAX_TOTAL_BYTES = 20971520;

	/** What a content folder holds: compiled content, its sources, a logo, and its start screens. */
	const ALLOWED_FILE = '/(\.(bin|json|toml|svg|png|jpe?g|webp|gif|avif)|\.(start|snippet)\.html)$/i';

	/**
	 * The live uploaded content's record, or null for the default content.
	 *
	 * @return array|null
	 */
	public static function uploaded() {
		$record = get_option( self::OPTION );
		if ( ! is_array( $record ) || empty( $record['folder'] ) ) {
			return null;
		}
		$uploads = wp_upload_dir( null, false );
		if ( ! is_file( trailingslashit( $uploads['basedir'] ) . $record['folder'] . '/index.bin' ) ) {
			return null; // removed by hand: fall back to the default.
		}
		return $record;
	}

	/**
	 * The URL of the content folder the guide reads, ending in "/", or ''
	 * for the default content beside the widget.
	 *
	 * @return string
	 */
	public static function url() {
		$record = self::uploaded();
		if ( ! $record ) {
			return '';
		}
		$uploads = wp_upload_dir( null, false );
		return trailingslashit( $uploads['baseurl'] ) . $record['folder'] . '/';
	}

	/**
	 * The start screen the content compiler wrote for a language, as a
	 * declarative shadow root to print inside the guide's element (so the
	 * page never shifts), or '' when there is none to trust.
	 *
	 * @param string $locale A language tag such as "es-MX" or "en_US".
	 * @return string
	 */
	public static function snippet( $locale ) {
		$record = self::uploaded();
		if ( $record && empty( $record['snippets'] ) ) {
			return '';
		}
		$uploads = wp_upload_dir( null, false );
		$dir     = $record ? trailingslashit( $uploads['basedir'] ) . $record['folder'] : dirname( SCARGUIDE_FILE ) . '/widget/content';
		$tag     = strtolower( str_replace( '_', '-', (string) $locale ) );
		foreach ( array( $tag, strtok( $tag, '-' ), 'index' ) as $name ) {
			$file = $dir . '/' . $name . '.snippet.html';
			if ( is_string( $name ) && preg_match( '/^[a-z0-9-]+$/', $name ) && is_file( $file ) ) {
				return (string) file_get_contents( $file ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file.
			}
		}
		return '';
	}

	/**
	 * What the live content says about itself (index.json): its locales and
	 * the clinic's booking link, for the guide's fallback.
	 *
	 * @return array
	 */
	public static function summary() {
		$record = self::uploaded();
		if ( $record ) {
			return $record;
		}
		$index = self::read_index( dirname( SCARGUIDE_FILE ) . '/widget/content' );
		return is_wp_error( $index ) ? array() : $index;
	}

	/**
	 * Checks an uploaded zip and, if it is content this widget reads, makes
	 * it the live content (the previous upload is removed).
	 *
	 * @param string $zip_path Where PHP put the uploaded file.
	 * @param int    $size     Its size in bytes.
	 * @return array|WP_Error The new record, or why the zip was refused.
	 */
	public static function install( $zip_path, $size ) {
		if ( $size <= 0 || ! is_file( $zip_path ) ) {
			return new WP_Error( 'scarguide_empty', __( 'No file arrived. Choose the scarguide-content.zip that the Content Studio exported, then upload it.', 'scarguide' ) );
		}
		if ( $size > self::MAX_ZIP_BYTES ) {
			/* translators: %s: the largest size accepted, such as "5 MB". */
			return new WP_Error( 'scarguide_too_big', sprintf( __( 'This file is larger than %s, so it is not a Content Studio export. Upload the scarguide-content.zip that Export for website gives.', 'scarguide' ), size_format( self::MAX_ZIP_BYTES ) ) );
		}

		require_once ABSPATH . 'wp-admin/includes/file.php';
		if ( ! WP_Filesystem() ) {
			return new WP_Error( 'scarguide_filesystem', __( 'WordPress cannot write to the uploads folder, so the content cannot be installed. Ask your host to make wp-content/uploads writable.', 'scarguide' ) );
		}
		$uploads = wp_upload_dir();
		$base    = trailingslashit( $uploads['basedir'] ) . 'scarguide';
		wp_mkdir_p( $base );
		$incoming = $base . '/incoming-' . wp_generate_password( 12, false, false );

		$unzipped = unzip_file( $zip_path, $incoming );
		if ( is_wp_error( $unzipped ) ) {
			self::remove( $incoming );
			return new WP_Error( 'scarguide_not_zip', __( 'This file is not a zip that WordPress can open. Upload the scarguide-content.zip that the Content Studio exported, unchanged.', 'scarguide' ) );
		}

		$checked = self::check_folder( $incoming );
		if ( is_wp_error( $checked ) ) {
			self::remove( $incoming );
			return $checked;
		}

		// A new folder name for every upload: browsers and caches never mix
		// the old content with the new.
		$folder = 'scarguide/content-' . gmdate( 'Ymd-His' ) . '-' . wp_generate_password( 6, false, false );
		$target = trailingslashit( $uploads['basedir'] ) . $folder;
		if ( ! rename( $checked['root'], $target ) ) { // phpcs:ignore WordPress.WP.AlternativeFunctions.rename_rename -- a move within uploads.
			self::remove( $incoming );
			return new WP_Error( 'scarguide_move', __( 'The content could not be moved into the uploads folder. Ask your host to check its permissions.', 'scarguide' ) );
		}
		self::remove( $incoming );

		$previous = self::uploaded();
		$record   = array(
			'folder'        => $folder,
			'uploaded'      => time(),
			'format'        => $checked['index']['format'],
			'locales'       => $checked['index']['locales'],
			'default'       => $checked['index']['default'],
			'clinic'        => $checked['index']['clinic'],
			'booking_url'   => $checked['index']['booking_url'],
			'source_files'  => $checked['source_files'],
			'plugin_origin' => SCARGUIDE_VERSION,
			// Its start screens go into pages as HTML: only from someone
			// WordPress trusts with HTML (not a multisite's site admins).
			'snippets'      => current_user_can( 'unfiltered_html' ),
		);
		update_option( self::OPTION, $record, false );
		if ( $previous ) {
			self::remove( trailingslashit( $uploads['basedir'] ) . $previous['folder'] );
		}
		return $record;
	}

	/**
	 * Goes back to the content that ships with the plugin, removing the upload.
	 */
	public static function reset() {
		$previous = self::uploaded();
		delete_option( self::OPTION );
		if ( $previous ) {
			$uploads = wp_upload_dir( null, false );
			self::remove( trailingslashit( $uploads['basedir'] ) . $previous['folder'] );
		}
	}

	/**
	 * Checks an unpacked export: its files, their sizes and types, and that
	 * its compiled content is the format this widget reads.
	 *
	 * @param string $dir The unpacked zip.
	 * @return array|WP_Error The content folder and what it says, or the refusal.
	 */
	private static function check_folder( $dir ) {
		$files = self::files( $dir );
		if ( count( $files ) > self::MAX_FILES ) {
			return new WP_Error( 'scarguide_too_many', __( 'This zip holds far more files than a content folder does. Upload the scarguide-content.zip that the Content Studio exported.', 'scarguide' ) );
		}
		$total = 0;
		foreach ( $files as $file ) {
			$relative = substr( $file, strlen( $dir ) + 1 );
			if ( ! preg_match( self::ALLOWED_FILE, $file ) ) {
				/* translators: %s: a file's path inside the zip. */
				return new WP_Error( 'scarguide_file_type', sprintf( __( 'The zip holds "%s", which is not part of a content folder, so nothing was installed. Upload the scarguide-content.zip that the Content Studio exported, unchanged.', 'scarguide' ), $relative ) );
			}
			if ( preg_match( '/\.svg$/i', $file ) && preg_match( '/<script|javascript:|\son[a-z]+\s*=/i', (string) file_get_contents( $file ) ) ) { // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file.
				/* translators: %s: a file's path inside the zip. */
				return new WP_Error( 'scarguide_svg', sprintf( __( '"%s" contains a script. Save the logo again without scripts (or as PNG), then export again.', 'scarguide' ), $relative ) );
			}
			$total += filesize( $file );
		}
		if ( $total > self::MAX_TOTAL_BYTES ) {
			return new WP_Error( 'scarguide_too_big', __( 'This zip unpacks to far more than a content folder. Upload the scarguide-content.zip that the Content Studio exported.', 'scarguide' ) );
		}

		// The Studio's export holds content/; a zip of the folder's own files works too.
		$root = is_file( $dir . '/content/index.bin' ) ? $dir . '/content' : $dir;
		if ( ! is_file( $root . '/index.bin' ) ) {
			return new WP_Error( 'scarguide_no_index', __( 'This zip has no content/index.bin, so it is not content the guide can show. In the Content Studio, choose Export for website and upload the scarguide-content.zip it gives.', 'scarguide' ) );
		}
		$index = self::read_index( $root );
		if ( is_wp_error( $index ) ) {
			return $index;
		}
		foreach ( $index['locales'] as $locale ) {
			$bin = $root . '/' . $locale . '.bin';
			if ( ! is_file( $bin ) ) {
				/* translators: %s: a file name such as "es.bin". */
				return new WP_Error( 'scarguide_missing_locale', sprintf( __( 'The zip lacks %s, which its content lists. Export again from the Content Studio and upload the new zip.', 'scarguide' ), $locale . '.bin' ) );
			}
			$format = self::format_of( $bin );
			if ( SCARGUIDE_CONTENT_FORMAT !== $format ) {
				return self::wrong_format( $format );
			}
		}
		$sources = 0;
		foreach ( $files as $file ) {
			$sources += preg_match( '/\.toml$/i', $file ) ? 1 : 0;
		}
		return array(
			'root'         => $root,
			'index'        => $index,
			'source_files' => $sources,
		);
	}

	/**
	 * Reads index.json: the compiled default language, readable.
	 *
	 * @param string $root A content folder.
	 * @return array|WP_Error
	 */
	private static function read_index( $root ) {
		$text  = is_file( $root . '/index.json' ) ? file_get_contents( $root . '/index.json' ) : false; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file.
		$index = $text ? json_decode( $text, true ) : null;
		if ( ! is_array( $index ) || ! isset( $index['format'], $index['locale'] ) ) {
			return new WP_Error( 'scarguide_no_index', __( 'This zip has no readable content/index.json. In the Content Studio, choose Export for website and upload the scarguide-content.zip it gives.', 'scarguide' ) );
		}
		// Visitors' browsers read the .bin, so its format is the one that counts.
		$format = self::format_of( $root . '/index.bin' );
		if ( SCARGUIDE_CONTENT_FORMAT !== $format || (int) $index['format'] !== $format ) {
			return self::wrong_format( SCARGUIDE_CONTENT_FORMAT !== $format ? $format : (int) $index['format'] );
		}
		$clinic = isset( $index['site']['clinic'] ) && is_array( $index['site']['clinic'] ) ? $index['site']['clinic'] : array();
		return array(
			'format'      => $format,
			'default'     => (string) $index['locale'],
			'locales'     => isset( $index['locales'] ) && is_array( $index['locales'] ) ? array_map( 'strval', $index['locales'] ) : array( (string) $index['locale'] ),
			'clinic'      => isset( $clinic['name'] ) ? (string) $clinic['name'] : '',
			'booking_url' => isset( $clinic['booking_url'] ) ? (string) $clinic['booking_url'] : '',
		);
	}

	/**
	 * The format a compiled file was written in: its first byte (a varint
	 * below 128), or -1 if unreadable.
	 *
	 * @param string $bin A compiled content file.
	 * @return int
	 */
	private static function format_of( $bin ) {
		$first = is_file( $bin ) ? file_get_contents( $bin, false, null, 0, 1 ) : ''; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file.
		return ( is_string( $first ) && 1 === strlen( $first ) && ord( $first ) < 128 ) ? ord( $first ) : -1;
	}

	/**
	 * The refusal for content of another format.
	 *
	 * @param int $format The format the zip holds.
	 * @return WP_Error
	 */
	private static function wrong_format( $format ) {
		return new WP_Error(
			'scarguide_format',
			sprintf(
				/* translators: 1: the zip's content format, 2: this plugin's version, 3: the format it reads. */
				__( 'This content was exported in content format %1$d, but this plugin (Scarguide %2$s) reads format %3$d. Open it in this plugin\'s Content Studio (linked below), choose Export for website, and upload the new zip.', 'scarguide' ),
				$format,
				SCARGUIDE_VERSION,
				SCARGUIDE_CONTENT_FORMAT
			)
		);
	}

	/**
	 * Every file under a folder.
	 *
	 * @param string $dir A folder.
	 * @return string[]
	 */
	private static function files( $dir ) {
		$found = array();
		if ( ! is_dir( $dir ) ) {
			return $found;
		}
		$walk = new RecursiveIteratorIterator( new RecursiveDirectoryIterator( $dir, FilesystemIterator::SKIP_DOTS ) );
		foreach ( $walk as $file ) {
			if ( $file->isFile() || $file->isLink() ) {
				$found[] = $file->getPathname();
			}
		}
		return $found;
	}

	/**
	 * Removes a folder and everything in it.
	 *
	 * @param string $dir A folder under uploads/scarguide/.
	 */
	private static function remove( $dir ) {
		global $wp_filesystem;
		if ( $wp_filesystem && is_dir( $dir ) ) {
			$wp_filesystem->delete( $dir, true );
		} elseif ( is_dir( $dir ) ) {
			require_once ABSPATH . 'wp-admin/includes/file.php';
			if ( WP_Filesystem() ) {
				$GLOBALS['wp_filesystem']->delete( $dir, true );
			}
		}
	}
}
