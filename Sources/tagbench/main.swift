print("tagbench")
