declare module 'html-encoding-sniffer' {
  /** The WHATWG encoding sniffing algorithm: BOM, transport label, `<meta>` prescan, else `defaultEncoding`. */
  export default function sniffEncoding(
    bytes: Uint8Array,
    options?: { xml?: boolean; transportLayerEncodingLabel?: string; defaultEncoding?: string },
  ): string;
}
