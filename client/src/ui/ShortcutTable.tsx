// A table of keyboard shortcuts for a help dialog: the keys (each a <kbd>, joined by "+") and what they
// do. The caller translates the key names and the descriptions.
interface ShortcutRow {
  keys: string[];
  description: string;
}

export function ShortcutTable({ rows, keysHeading, actionHeading, keyLabel }: { rows: ShortcutRow[]; keysHeading: string; actionHeading: string; keyLabel(key: string): string }) {
  return (
    <table className="shortcut-table">
      <thead>
        <tr>
          <th scope="col">{keysHeading}</th>
          <th scope="col">{actionHeading}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i}>
            <td>
              {row.keys.map((key, k) => (
                <span key={k}>
                  {k > 0 && <span aria-hidden="true"> + </span>}
                  <kbd>{keyLabel(key)}</kbd>
                </span>
              ))}
            </td>
            <td>{row.description}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
