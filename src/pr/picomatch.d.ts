// picomatch 4 ships no types; checkpost uses only its matcher factory.
declare module "picomatch" {
  interface PicomatchOptions {
    dot?: boolean;
  }
  function picomatch(glob: string | string[], options?: PicomatchOptions): (path: string) => boolean;
  export default picomatch;
}
