export const union = {
  title: "Amministrazione dell'Unione",
};
