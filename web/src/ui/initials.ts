/** Forms of address that are not part of a name: "Dr Sam Carter" is SC, not DS. */
const titles = new Set(['dr', 'prof', 'mr', 'mrs', 'ms', 'mx', 'miss', 'sir', 'dame', 'rev', 'nurse', 'leg', 'läk', 'ssk', 'med']);

const isTitle = (word: string) => titles.has(word.replace(/\.$/, '').toLowerCase());

/** The initials shown when there is no picture: the first and last of the names, titles left out. */
export const initialsOf = (name: string): string => {
  const words = name.split(/\s+/).filter(Boolean);
  const names = words.filter((word) => !isTitle(word));
  const kept = names.length > 0 ? names : words;
  const chosen = kept.length > 1 ? [kept[0]!, kept.at(-1)!] : kept;
  return chosen.map((word) => word[0]!.toLocaleUpperCase()).join('');
};
