// The options of a topic picker: optionally "Mixed: every topic", then each topic by title.
export function TopicOptions({ topics, withMixed }: { topics: { id: string; title: string }[]; withMixed: boolean }) {
  return (
    <>
      {withMixed && <option value="mixed">Mixed: every topic</option>}
      {topics.map((t) => (
        <option key={t.id} value={t.id}>
          {t.title}
        </option>
      ))}
    </>
  );
}
