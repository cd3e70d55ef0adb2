// The layout extensions ship without type declarations; each is a Cytoscape extension registered with cytoscape.use.
declare module 'cytoscape-elk' {
  import type { Ext } from 'cytoscape';
  const extension: Ext;
  export default extension;
}
declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';
  const extension: Ext;
  export default extension;
}
