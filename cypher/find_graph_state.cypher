// find_graph_state: a read that returns nothing of use; the session's bookmark after it names
// the last transaction committed to the database, which is what graph.cache compares.
// Params: none
RETURN 1
