// count_labels: nodes by label from the count store, so constant time at any graph size; labels
// with no node left (their token outlives them) are dropped. Params: none
CALL db.stats.retrieve('GRAPH COUNTS') YIELD data
UNWIND data.nodes AS row
WITH row WHERE row.label IS NOT NULL AND row.count > 0
RETURN row.label AS label, row.count AS nodes
ORDER BY label
